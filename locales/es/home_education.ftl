# Flow: home_education (thuisonderwijs, vrijstelling 5 onder b). Translated from locales/nl/home_education.ftl.
# Educación en casa (thuisonderwijs) no es lo mismo que estar en casa sin escuela (thuiszitten): mantenga las dos cosas separadas.
home_education-start =
    Thuisonderwijs (educación en casa) significa: usted mismo/a elige dar clases a su hijo o hija en casa. Eso no es lo mismo que un niño que está en casa sin escuela. ¿Qué desea saber?
home_education-c-rules = Quiero dar yo mismo/a la enseñanza a mi hijo/a en casa
home_education-c-thuiszitter = Mi hijo/a está en casa porque la escuela no funciona
home_education-c-school-says = La escuela dice que yo debo dar clases a mi hijo/a en casa
home_education-c-ill = Exención porque mi hijo/a está enfermo/a o no puede ir a la escuela por motivos psicológicos
home_education-c-what-now = ¿Qué puedo hacer si mi hijo/a está en casa?

home_education-rules =
    La educación en casa solo es posible con una vrijstelling (exención) de la leerplicht (escolarización obligatoria) según el artículo 5 letra b de la Leerplichtwet (ley de escolarización obligatoria). Eso solo es posible si usted tiene objeciones contra la orientación religiosa o ideológica de todas las escuelas que están a una distancia razonable de su casa.
    - No estar de acuerdo con la forma de enseñar no es un motivo válido.
    - Debe comunicar la exención al municipio a tiempo. Pregunte al leerplichtambtenaar (funcionario municipal de asistencia escolar) cómo y cuándo: { $leerplicht }
    - ¿Su hijo/a está inscrito/a ahora en una escuela? Entonces normalmente no puede pasar sin más a la educación en casa a mitad del curso escolar.
    Atención: la educación en casa no es lo mismo que estar en casa sin escuela. ¿Su hijo/a está en casa porque la escuela no funciona? Entonces elija en el menú 'Mi hijo/a está en casa sin escuela'.

home_education-thuiszitter =
    Entonces su hijo/a es un thuiszitter (un niño que está en casa sin escuela). Eso no es lo mismo que la educación en casa, y esa diferencia es importante:
    - La escuela donde está inscrito/a su hijo/a y el samenwerkingsverband (las escuelas de su región que organizan juntas la educación adaptada) siguen siendo responsables de una enseñanza adecuada.
    - Usted no tiene que encargarse de la enseñanza.
    - Algunos padres piden una vrijstelling (exención) por necesidad. Eso tiene consecuencias: entonces la escuela ya no tiene que dar enseñanza. Háblelo primero con un asesor.
    ¿Qué desea hacer?

home_education-school-says =
    No, la escuela no puede obligarle a dar clases a su hijo/a en casa. La escuela sigue siendo responsable de la enseñanza, también cuando su hijo/a está (en parte) en casa. Eso no es educación en casa.
    Esto es lo que puede hacer:
    - Pregunte a la escuela por escrito qué enseñanza recibe su hijo/a y quién se encarga de ella.
    - Infórmelo al servicio de leerplicht (asistencia escolar obligatoria del municipio): { $leerplicht }. Y al samenwerkingsverband (las escuelas de su región que organizan juntas la educación adaptada): { $swv }
    - Pida consejo a Ouders & Onderwijs (servicio de información para padres, 0800-5010) o a los Onderwijsconsulenten (asesores educativos independientes, 070-312 28 87).

home_education-ill =
    ¿Su hijo/a no puede ir a la escuela por motivos físicos o psicológicos? Entonces se trata de otra vrijstelling (exención): el artículo 5 letra a.
    - Necesita una declaración de un médico, psicólogo o pedagogo independiente que designa el municipio. No puede ser su propio huisarts (médico de cabecera) ni el terapeuta de su hijo/a.
    - La exención vale 1 año. Normalmente debe solicitarla de nuevo cada año antes del 1 de julio.
    - ¿Su hijo/a sí puede ir a la escuela una parte del tiempo? Entonces también es posible ir menos horas sin exención, a través del OPP (el plan de apoyo para su hijo/a).
    Atención: con una exención, su hijo/a ya no tiene que ir a la escuela, y la escuela ya no tiene que darle enseñanza. Hable primero con la escuela, con el leerplichtambtenaar (funcionario municipal de asistencia escolar) y con un asesor sobre lo que eso significa para la enseñanza y la ayuda.
