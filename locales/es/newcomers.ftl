# Flow: newcomers (nieuwkomers). Translated from locales/nl/newcomers.ftl.
newcomers-start =
    ¿Es usted nuevo/a en los Países Bajos? Todo niño que vive en los Países Bajos tiene derecho a la educación. ¿Qué desea saber?
newcomers-c-rights = ¿Puede mi hijo/a ir a la escuela sin permiso de residencia o sin BSN?
newcomers-c-school = ¿Qué escuela o clase es adecuada para mi hijo/a?
newcomers-c-azc = Vivimos en un azc (centro para solicitantes de asilo) o en un albergue de emergencia
newcomers-c-ukraine = Venimos de Ucrania
newcomers-c-support = Además del idioma, mi hijo/a necesita también ayuda extra
newcomers-c-under-6 = Menos de 6 años
newcomers-c-6-12 = De 6 a 12 años (basisschool: escuela primaria)
newcomers-c-12-16 = De 12 a 16 años (middelbare school: escuela secundaria)
newcomers-c-16-18 = 16 o 17 años

newcomers-rights =
    Sí. Todo niño que vive en los Países Bajos tiene derecho a la educación, con o sin permiso de residencia o BSN (número personal de identificación).
    - La leerplicht (escolarización obligatoria) también vale para su hijo/a, también sin BSN.
    - Usted puede inscribir a su hijo/a sin BSN. Una escuela no puede rechazar a su hijo/a porque usted no tenga permiso de residencia.
    - Los hijos de solicitantes de asilo deben ir a la escuela lo antes posible, y como muy tarde en un plazo de 3 meses. La leerplicht vale desde el primer momento.
    ¿No lo consigue? Contacte con el servicio de leerplicht (asistencia escolar obligatoria del municipio): { $leerplicht }. O pida consejo: { $oco }
    Estas organizaciones atienden en neerlandés. Puede pedir un intérprete.

newcomers-age = ¿Cuántos años tiene su hijo/a?

newcomers-under-6 =
    Los niños pueden ir a la basisschool (escuela primaria) desde los 4 años. La leerplicht (escolarización obligatoria) empieza el primer día de clase del mes siguiente a que su hijo/a cumpla 5 años.
    - Inscriba a su hijo/a con tiempo en una escuela primaria cercana, a ser posible por lo menos 10 semanas antes de que quiera empezar. También se puede sin BSN.
    - ¿Su hijo/a todavía no habla neerlandés? Pregunte en la escuela qué ayuda hay.
    - ¿Preguntas? { $oco }

newcomers-primary =
    En Ámsterdam, los niños de 6 a 12 años que todavía no hablan neerlandés y llevan menos de 1 año en los Países Bajos van primero a una nieuwkomersklas (clase para niños recién llegados).
    - Usted inscribe a su hijo/a en una escuela primaria normal (la stamschool, escuela de referencia). Esa escuela organiza la plaza en la nieuwkomersklas a través del Centraal meldpunt nieuwkomers po (oficina central para recién llegados en primaria).
    - También se puede sin BSN.
    Ayuda: { $oco }

newcomers-primary-elsewhere =
    Inscriba a su hijo/a en una escuela primaria (basisschool) cercana. También se puede sin BSN.
    - ¿Su hijo/a todavía no habla neerlandés? Pregunte en la escuela o en el municipio cómo funciona en su municipio, por ejemplo con una nieuwkomersklas (clase para niños recién llegados).
    - El servicio de leerplicht (asistencia escolar obligatoria del municipio) ayuda si no lo consigue: { $leerplicht }
    Ayuda: { $oco }

newcomers-secondary =
    En Ámsterdam, los jóvenes de 12 a 18 años que todavía no hablan neerlandés van a una Internationale Schakelklas (ISK, clase internacional de transición) o a otra clase para recién llegados.
    - Usted mismo/a inscribe a su hijo/a, directamente en una escuela secundaria (middelbare school) que tenga una clase así.
    - También se puede sin BSN.
    Ayuda: { $oco }

newcomers-secondary-elsewhere =
    Inscriba a su hijo/a en una escuela secundaria (middelbare school) cercana. También se puede sin BSN.
    - ¿Su hijo/a todavía no habla neerlandés? Pregunte en la escuela o en el municipio qué clase para recién llegados hay, por ejemplo una Internationale Schakelklas (ISK, clase internacional de transición).
    - El servicio de leerplicht (asistencia escolar obligatoria del municipio) ayuda si no lo consigue: { $leerplicht }
    Ayuda: { $oco }

newcomers-older =
    Los jóvenes de 16 y 17 años también tienen que ir a la escuela. Hasta los 18 años vale la kwalificatieplicht (obligación de formarse): deben estudiar hasta tener una startkwalificatie (titulación básica). Es un diploma de havo o vwo (secundaria general) o de mbo (formación profesional) de nivel 2 o superior.
    - En Ámsterdam, los jóvenes de hasta 18 años pueden ir a una Internationale Schakelklas (ISK, clase internacional de transición). Para ello, usted inscribe a su hijo/a directamente en una escuela secundaria que tenga una clase así.
    - ¿Vive en otro lugar? Pregunte en el municipio qué escuela o formación es adecuada.
    - El servicio de leerplicht (asistencia escolar obligatoria del municipio) le ayuda: { $leerplicht }
    Ayuda: { $oco }

newcomers-azc =
    ¿Vive en un azc (centro para solicitantes de asilo) o en un albergue de emergencia (noodopvang)? También entonces su hijo/a tiene derecho a la educación, sea cual sea su situación de residencia, viva donde viva y se quede el tiempo que se quede.
    - Los hijos de solicitantes de asilo deben ir a la escuela lo antes posible, y como muy tarde en un plazo de 3 meses. La leerplicht (escolarización obligatoria) vale desde el primer momento.
    - La mayoría de los azc tienen una escuela primaria (basisschool) fija cerca. Usted también puede elegir una escuela. Los jóvenes de 12 a 18 años suelen ir primero a una Internationale Schakelklas (ISK, clase internacional de transición).
    - Pregunte al personal de su centro de acogida (en un azc: el COA, el organismo de acogida de solicitantes de asilo) o al leerplichtambtenaar (funcionario de asistencia escolar) del municipio donde está el centro a qué escuela puede ir su hijo/a.
    - Leerplicht: { $leerplicht }
    - ¿No lo consigue? Llame a Ouders & Onderwijs (servicio de información para padres): 0800-5010 (gratis). Atienden en neerlandés; puede pedir un intérprete.

newcomers-ukraine =
    ¿Viene usted de Ucrania? La leerplicht (escolarización obligatoria) neerlandesa también vale para su hijo/a, igual que para todos los demás niños en los Países Bajos. Su hijo/a siempre tiene derecho a la educación, sea cual sea su situación de residencia.
    - Inscriba a su hijo/a en una escuela neerlandesa cerca de usted. También es posible sin BSN.
    - ¿Su hijo/a también sigue clases en línea de una escuela en Ucrania? También entonces tiene que estar inscrito/a en una escuela en los Países Bajos.
    - ¿Vive en un centro de acogida del municipio? Entonces el municipio puede ayudarle a encontrar una plaza en una escuela. También puede elegir usted mismo/a una escuela.
    - Leerplicht: { $leerplicht }
    - Ayuda: { $oco }
    Estas organizaciones atienden en neerlandés. Puede pedir un intérprete.

newcomers-support =
    ¿Su hijo/a necesita, además del neerlandés, otro tipo de ayuda? Entonces a veces es difícil encontrar una plaza adecuada. No tiene que resolverlo solo/a.
    Paso su pregunta a un asesor.
