# Flow: newcomers (nieuwkomers). Translated from locales/nl/newcomers.ftl.
newcomers-start =
    ¿Es usted nuevo/a en los Países Bajos? Todo niño que vive en los Países Bajos tiene derecho a la educación. ¿Qué desea saber?
newcomers-c-rights = ¿Puede mi hijo/a ir a la escuela sin permiso de residencia o sin BSN?
newcomers-c-school = ¿Qué escuela o clase es adecuada para mi hijo/a?
newcomers-c-support = Además del idioma, mi hijo/a necesita también ayuda extra
newcomers-c-6-12 = De 6 a 12 años
newcomers-c-12-18 = De 12 a 18 años
newcomers-c-under-6 = Menos de 6 años

newcomers-rights =
    Sí. Todo niño que vive en los Países Bajos tiene derecho a la educación, con o sin permiso de residencia o BSN (número personal de identificación).
    - La leerplicht (escolarización obligatoria) también vale para su hijo/a, también sin BSN.
    - Una escuela no puede rechazar a su hijo/a porque usted no tenga permiso de residencia.
    - Los hijos de solicitantes de asilo deben ir a la escuela en un plazo de 3 meses.
    ¿No lo consigue? Contacte con el leerplichtambtenaar (funcionario de asistencia escolar) de su municipio, o llame a Ouders & Onderwijs (servicio de información para padres): 0800-5010. En Ámsterdam: OCO 020-330 63 20.

newcomers-age = ¿Cuántos años tiene su hijo/a?

newcomers-primary =
    En Ámsterdam, los niños de 6 a 12 años que todavía no hablan neerlandés y llevan menos de 1 año en los Países Bajos van primero a una nieuwkomersklas (clase para niños recién llegados).
    - Usted inscribe a su hijo/a en una escuela primaria normal (la stamschool, escuela de referencia). Esa escuela organiza la plaza en la nieuwkomersklas a través del Centraal meldpunt nieuwkomers po (oficina central para recién llegados en primaria).
    - ¿Vive en otro lugar? Pregunte al municipio o a una escuela primaria cercana cómo funciona allí.
    Ayuda en Ámsterdam: OCO 020-330 63 20. En otros lugares: Ouders & Onderwijs 0800-5010.

newcomers-secondary =
    En Ámsterdam, los jóvenes de 12 a 18 años que todavía no hablan neerlandés van a una Internationale Schakelklas (ISK, clase internacional de transición) o a una clase EOA (clase de acogida para recién llegados).
    - Usted mismo/a inscribe a su hijo/a, directamente en una escuela secundaria que tenga una clase así.
    - ¿Vive en otro lugar? Pregunte al municipio o a una escuela secundaria cercana cómo funciona allí.
    Ayuda en Ámsterdam: OCO 020-330 63 20. En otros lugares: Ouders & Onderwijs 0800-5010.

newcomers-support =
    ¿Su hijo/a necesita, además del neerlandés, otro tipo de ayuda? Entonces a veces es difícil encontrar una plaza adecuada. No tiene que resolverlo solo/a.
    Paso su pregunta a un asesor.
