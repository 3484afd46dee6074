# Flow: enrolment (aanmelden, toelating, zorgplicht). Translated from locales/nl/enrolment.ftl.
enrolment-start =
    ¿Quiere inscribir a su hijo/a en una escuela, o una escuela no acepta a su hijo/a? ¿Sobre qué es su pregunta?
enrolment-c-how = ¿Cómo inscribo a mi hijo/a en una escuela?
enrolment-c-refused = La escuela rechaza a mi hijo/a
enrolment-c-slow = La escuela no decide, o tarda muchísimo
enrolment-c-home-over-4-weeks = Mi hijo/a no tiene escuela y lleva más de 4 semanas en casa

enrolment-how =
    Así inscribe (aanmelden) a su hijo/a:
    - Solicite la plaza por escrito en la escuela que usted prefiere, con el nombre, el sexo, la fecha de nacimiento y el BSN (número personal de identificación) de su hijo/a.
    - ¿Su hijo/a necesita apoyo extra? Escríbalo también. Entonces esa escuela tiene la zorgplicht (obligación de buscar una plaza adecuada para su hijo/a).
    - La escuela decide en un plazo de 6 semanas. La escuela puede alargar ese plazo una sola vez, 4 semanas más.
    - ¿La escuela no puede dar ella misma el apoyo? Entonces debe buscar junto con usted una escuela que sí pueda.
    Consejo: Onderwijsconsulenten (asesores educativos independientes) 070-312 28 87 u Ouders & Onderwijs (servicio de información para padres) 0800-5010.

enrolment-refused =
    ¿Dijo usted en la solicitud que su hijo/a necesita apoyo extra? Entonces la escuela solo puede rechazar a su hijo/a cuando otra escuela haya dicho que acepta a su hijo/a.
    Excepción: una escuela que está llena para todos no tiene zorgplicht (obligación de buscar una plaza adecuada).
    Esto es lo que puede hacer:
    - Pida a la escuela la decisión y los motivos por escrito. ¿No está de acuerdo? Entonces presente un bezwaar (recurso formal) ante la dirección del centro (schoolbestuur).
    - También puede acudir gratis, dentro de 6 semanas, a la Geschillencommissie Passend Onderwijs (comisión de conflictos sobre educación adaptada).
    - Consejo: Onderwijsconsulenten (asesores educativos independientes) 070-312 28 87, Ouders & Onderwijs (servicio de información para padres) 0800-5010. En Ámsterdam: OCO 020-330 63 20.

enrolment-slow =
    La escuela debe decidir en un plazo de 6 semanas después de su solicitud por escrito. La escuela puede alargar ese plazo una sola vez, 4 semanas más.
    ¿Después de 10 semanas todavía no hay decisión? Entonces su hijo/a queda admitido/a de forma provisional.
    Esto es lo que puede hacer:
    - Guarde una copia de su solicitud, con la fecha.
    - Pregunte a la escuela por escrito cuándo llegará la decisión.
    - Consejo: Onderwijsconsulenten (asesores educativos independientes) 070-312 28 87 (gratis).
