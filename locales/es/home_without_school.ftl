# Flow: home_without_school (thuiszitten). Translated from locales/nl/home_without_school.ftl.
home_without_school-start =
    ¿Su hijo/a está en casa sin escuela? ¿Desde hace cuánto tiempo?
home_without_school-c-short = Menos de 4 semanas
home_without_school-c-long = Más de 4 semanas
home_without_school-c-not-enrolled = Mi hijo/a no está inscrito/a en ninguna escuela
home_without_school-c-veilig-thuis = La escuela o el leerplichtambtenaar amenaza con avisar a Veilig Thuis
home_without_school-c-self = Primero leer lo que puedo hacer yo

home_without_school-short =
    La escuela donde está inscrito/a su hijo/a sigue siendo responsable de su enseñanza. El samenwerkingsverband (red regional de escuelas que organiza el apoyo escolar) debe asegurarse de que haya una plaza adecuada.
    Esto es lo que puede hacer:
    - Pida a la escuela por escrito una reunión y un plan: ¿cuándo vuelve su hijo/a a la escuela, y qué enseñanza recibe hasta entonces?
    - Contacte con el leerplichtambtenaar (funcionario municipal de asistencia escolar). Ayuda con la vuelta a la escuela y puede hacer de mediador.
    - Pida al samenwerkingsverband que ayude a buscar soluciones.
    - Consejo: Ouders & Onderwijs (servicio de información para padres) 0800-5010. En Ámsterdam: OCO 020-330 63 20.

home_without_school-long =
    ¿Su hijo/a lleva más de 4 semanas en casa, sin vrijstelling (exención de ir a la escuela)? Entonces su hijo/a es un thuiszitter (un niño que está en casa sin escuela). Ahora también puede pedir ayuda gratuita a los Onderwijsconsulenten (asesores educativos independientes).
    ¿Qué desea hacer?

home_without_school-long-steps =
    Esto es lo que puede hacer:
    - Pida ayuda gratuita a los Onderwijsconsulenten (asesores educativos independientes): 070-312 28 87 (días laborables de 9.00 a 12.30 y de 13.30 a 16.30), o mediante el quickscan (cuestionario corto) de su página web.
    - Normalmente le preguntan si antes ha hablado con la escuela y con el samenwerkingsverband (red regional de escuelas que organiza el apoyo escolar). ¿Su hijo/a no recibe ninguna enseñanza? Entonces no hace falta hacerlo primero.
    - Mantenga el contacto con la escuela y con el leerplichtambtenaar (funcionario municipal de asistencia escolar), y pida un plan por escrito.
    - ¿No pasa nada? Infórmelo a la Inspectie (Inspección de Educación): 088-669 60 60. Es un aviso; la Inspectie no resuelve su caso.

home_without_school-not-enrolled =
    ¿Su hijo/a no está inscrito/a en ninguna escuela y no tiene vrijstelling (exención)? Eso se llama 'absoluut verzuim' (ausencia escolar total). Entonces hay que inscribir a su hijo/a de nuevo lo antes posible.
    Esto es lo que puede hacer:
    - Solicite por escrito una plaza en una escuela. ¿Su hijo/a necesita apoyo extra? Escríbalo también. Entonces esa escuela tiene la zorgplicht (obligación de buscar una plaza adecuada).
    - Contacte con el leerplichtambtenaar (funcionario de asistencia escolar) de su municipio. Puede ayudarle.
    - Consejo: Onderwijsconsulenten (asesores educativos independientes) 070-312 28 87 u Ouders & Onderwijs (servicio de información para padres) 0800-5010.

home_without_school-veilig-thuis =
    No ir a la escuela, por sí solo, no es motivo para avisar a Veilig Thuis (servicio de ayuda contra la violencia doméstica y el maltrato infantil). Así lo dice Ingrado, la asociación de los leerplichtambtenaren (funcionarios de asistencia escolar). Amenazar con un aviso así no es correcto.
    - ¿La escuela quiere hacer el aviso de todos modos? Entonces primero debe hablarlo con usted.
    - Pregunte en una reunión cuáles son exactamente las preocupaciones, y pida un plan para la enseñanza de su hijo/a.
    - Consejo: Ouders & Onderwijs (servicio de información para padres) 0800-5010 o los Onderwijsconsulenten (asesores educativos independientes) 070-312 28 87.
