# LungStage's long texts, Spanish (US Spanish, as the National Cancer Institute's Spanish pages
# write it): a translation of en.ftl beside this file, in its order, with every id of it and no
# other. Terms: docs/translation.md. Not yet reviewed by a medical translator.

## caveat

caveat--iaslc = La base de datos de la IASLC incluye sobre todo a personas tratadas con cirugía, de unas pocas regiones del mundo.
caveat--survival = Estas cifras describen a grupos de personas diagnosticadas hace años y no pueden predecir lo que le pasará a una persona en particular; el tratamiento ha mejorado desde entonces. La supervivencia relativa compara a las personas que tienen el cáncer con personas de la misma edad que no lo tienen; la supervivencia general cuenta las muertes por cualquier causa.

## checked

checked--all = Tablas de estadificación y significados de los estadios revisados por última vez con sus fuentes el 2026-12-01. Cifras de supervivencia revisadas por última vez con sus fuentes el 2026-12-01. Textos sobre el tratamiento revisados por última vez con sus fuentes el 2026-12-01. Listas de síntomas revisadas por última vez con sus fuentes el 2026-12-01.
checked--staging = Tablas de estadificación y significados de los estadios revisados por última vez con sus fuentes el 2026-12-01.
checked--survival = Cifras de supervivencia revisadas por última vez con sus fuentes el 2026-12-01.
checked--symptoms = Listas de síntomas revisadas por última vez con sus fuentes el 2026-12-01.
checked--treatment = Textos sobre el tratamiento revisados por última vez con sus fuentes el 2026-12-01.

## definition

definition--lung8--m0 = sin diseminación a distancia
definition--lung8--m1 = diseminación a distancia
definition--lung8--m1a = un nódulo en el otro pulmón, nódulos en la pleura o el pericardio, o líquido con células cancerosas alrededor del pulmón o del corazón
definition--lung8--m1b = una sola metástasis fuera del tórax, en un órgano
definition--lung8--m1c = varias metástasis fuera del tórax, en uno o varios órganos
definition--lung8--n0 = sin cáncer en los ganglios linfáticos regionales
definition--lung8--n1 = ganglios dentro del pulmón o en su raíz (hilio), del mismo lado del tumor
definition--lung8--n2 = ganglios en el centro del tórax (mediastino) del mismo lado del tumor, o debajo de la carina
definition--lung8--n3 = ganglios del otro lado del tórax, o por encima de la clavícula (escalenos o supraclaviculares)
definition--lung8--nx = no se pueden evaluar los ganglios linfáticos regionales
definition--lung8--t0 = sin signos de un tumor principal
definition--lung8--t1 = 3 cm como máximo, dentro del pulmón, sin llegar al bronquio principal
definition--lung8--t1a = 1 cm como máximo, o un tumor de extensión superficial limitado a la pared bronquial
definition--lung8--t1b = más de 1 cm y 2 cm como máximo
definition--lung8--t1c = más de 2 cm y 3 cm como máximo
definition--lung8--t1mi = adenocarcinoma mínimamente invasivo: 3 cm como máximo, con una invasión de 0.5 cm o menos
definition--lung8--t2 = más de 3 cm y 5 cm como máximo, o que llega al bronquio principal o a la pleura visceral, o un colapso (atelectasia) que llega hasta el hilio
definition--lung8--t2a = más de 3 cm y 4 cm como máximo, o un hallazgo T2 con un tamaño de 4 cm como máximo o desconocido
definition--lung8--t2b = más de 4 cm y 5 cm como máximo
definition--lung8--t3 = más de 5 cm y 7 cm como máximo, o que invade la pared torácica, la pleura parietal, el nervio frénico o el pericardio parietal, o un nódulo separado en el mismo lóbulo
definition--lung8--t4 = más de 7 cm, o que invade una estructura como el diafragma, el mediastino, el corazón, los grandes vasos, la tráquea, el esófago o la columna vertebral, o un nódulo separado en otro lóbulo del mismo lado
definition--lung8--tx = no se puede evaluar el tumor principal, o solo se conoce por células cancerosas en el esputo o en lavados bronquiales
definition--lung8--tis = carcinoma in situ: células cancerosas que no han invadido (AIS o SCIS)
definition--lung9--m0 = sin diseminación a distancia
definition--lung9--m1 = diseminación a distancia
definition--lung9--m1a = un nódulo en el otro pulmón, nódulos en la pleura o el pericardio, o líquido con células cancerosas alrededor del pulmón o del corazón
definition--lung9--m1b = una sola metástasis fuera del tórax, en un órgano
definition--lung9--m1c = varias metástasis fuera del tórax: M1c1 si están en un solo sistema de órganos, M1c2 si están en varios
definition--lung9--m1c1 = varias metástasis fuera del tórax, en un solo sistema de órganos
definition--lung9--m1c2 = metástasis fuera del tórax en varios sistemas de órganos
definition--lung9--n0 = sin cáncer en los ganglios linfáticos regionales
definition--lung9--n1 = ganglios dentro del pulmón o en su raíz (hilio), del mismo lado del tumor
definition--lung9--n2 = ganglios en el centro del tórax del mismo lado del tumor: N2a si es una sola estación, N2b si son varias
definition--lung9--n2a = una sola estación ganglionar mediastínica o subcarínica del mismo lado del tumor
definition--lung9--n2b = varias estaciones ganglionares mediastínicas del mismo lado del tumor
definition--lung9--n3 = ganglios del otro lado del tórax, o por encima de la clavícula (escalenos o supraclaviculares)
definition--lung9--nx = no se pueden evaluar los ganglios linfáticos regionales
definition--lung9--t0 = sin signos de un tumor principal
definition--lung9--t1 = 3 cm como máximo, dentro del pulmón, sin llegar al bronquio principal
definition--lung9--t1a = 1 cm como máximo, o un tumor de extensión superficial limitado a la pared bronquial
definition--lung9--t1b = más de 1 cm y 2 cm como máximo
definition--lung9--t1c = más de 2 cm y 3 cm como máximo
definition--lung9--t1mi = adenocarcinoma mínimamente invasivo: 3 cm como máximo, con una invasión de 0.5 cm o menos
definition--lung9--t2 = más de 3 cm y 5 cm como máximo, o que llega al bronquio principal o a la pleura visceral, o un colapso (atelectasia) que llega hasta el hilio
definition--lung9--t2a = más de 3 cm y 4 cm como máximo, o un hallazgo T2 con un tamaño de 4 cm como máximo o desconocido
definition--lung9--t2b = más de 4 cm y 5 cm como máximo
definition--lung9--t3 = más de 5 cm y 7 cm como máximo, o que invade la pared torácica, la pleura parietal, el nervio frénico o el pericardio parietal, o un nódulo separado en el mismo lóbulo
definition--lung9--t4 = más de 7 cm, o que invade una estructura como el diafragma, el mediastino, el corazón, los grandes vasos, la tráquea, el esófago o la columna vertebral, o un nódulo separado en otro lóbulo del mismo lado
definition--lung9--tx = no se puede evaluar el tumor principal, o solo se conoce por células cancerosas en el esputo o en lavados bronquiales
definition--lung9--tis = carcinoma in situ: células cancerosas que no han invadido (AIS o SCIS)
definition--meso8--m0 = sin diseminación a distancia
definition--meso8--m1 = diseminación a distancia
definition--meso8--n0 = sin cáncer en los ganglios linfáticos regionales
definition--meso8--n1 = ganglios dentro del tórax, del mismo lado del tumor
definition--meso8--n2 = ganglios del otro lado del tórax, o por encima de la clavícula
definition--meso8--nx = no se pueden evaluar los ganglios linfáticos regionales
definition--meso8--t0 = sin signos de un tumor principal
definition--meso8--t1 = solo en la pleura de un lado (la que recubre la pared torácica, con o sin la que recubre el pulmón)
definition--meso8--t2 = en todas las superficies pleurales de un lado, y con extensión al músculo del diafragma o al pulmón
definition--meso8--t3 = localmente avanzado pero posiblemente extirpable: se extiende a la fascia de la pared torácica, a la grasa mediastínica, a un solo punto de la pared torácica o al pericardio sin atravesarlo
definition--meso8--t4 = localmente avanzado y no extirpable: se extiende ampliamente por la pared torácica, atraviesa el diafragma, llega al otro lado, invade órganos mediastínicos o la columna vertebral, o atraviesa el pericardio
definition--meso8--tx = no se puede evaluar el tumor principal
definition--meso9--m0 = sin diseminación a distancia
definition--meso9--m1 = diseminación a distancia
definition--meso9--n0 = sin cáncer en los ganglios linfáticos regionales
definition--meso9--n1 = ganglios dentro del tórax, del mismo lado del tumor
definition--meso9--n2 = ganglios del otro lado del tórax, o por encima de la clavícula
definition--meso9--nx = no se pueden evaluar los ganglios linfáticos regionales
definition--meso9--t0 = sin signos de un tumor principal
definition--meso9--t1 = delgado en la TC: Psum de 12 mm como máximo y Fmax de 5 mm como máximo
definition--meso9--t2 = Psum de 12 mm como máximo con Fmax de más de 5 mm, afectación de la grasa mediastínica o un solo foco en la pared torácica; o Psum de más de 12 mm y de 30 mm como máximo
definition--meso9--t3 = Psum de más de 30 mm
definition--meso9--t4 = ha crecido ampliamente en la pared torácica, o invade una costilla, órganos mediastínicos o la columna vertebral, atraviesa el diafragma o el pericardio, llega al otro lado, o hay un derrame pericárdico maligno; con cualquier grosor
definition--meso9--tx = no se puede evaluar el tumor principal

## hint

hint--fmax = En la TC: el mayor grosor del tumor a lo largo de una cisura, en las imágenes sagitales; 0 si no hay. Solo se necesita cuando Psum es de 12 mm o menos y no está marcado ninguno de los dos hallazgos menores.
hint--psum = En la TC: en cada tercio del tórax (superior, medio e inferior, divididos a la altura del borde superior del cayado aórtico y del borde superior de las aurículas), el mayor grosor pleural en las imágenes axiales a lo largo de la pared torácica o del mediastino; Psum es la suma de los tres.

## meaning

meaning--lung8--0 = Cáncer que no ha invadido: un adenocarcinoma in situ de hasta 3 cm, o un carcinoma de células escamosas in situ (de cualquier tamaño) en el revestimiento de una vía respiratoria.
meaning--lung8--i = Un tumor de hasta 3 cm sin diseminación; el subestadio exacto depende de su tamaño.
meaning--lung8--ia = Un tumor de hasta 3 cm sin diseminación; el subestadio exacto depende de su tamaño.
meaning--lung8--ia1 = Un tumor de 1 cm o menos, un adenocarcinoma mínimamente invasivo, o un tumor delgado de cualquier tamaño que se extiende solo a lo largo de la pared de una vía respiratoria. Sin diseminación.
meaning--lung8--ia2 = Un tumor pequeño de más de 1 cm y hasta 2 cm, sin diseminación.
meaning--lung8--ia3 = Un tumor de más de 2 cm y hasta 3 cm, sin diseminación.
meaning--lung8--ib = Un tumor de más de 3 cm y hasta 4 cm, o uno más pequeño que llega a una vía respiratoria principal, crece hacia el revestimiento del pulmón o bloquea una vía respiratoria de modo que una parte del pulmón o todo el pulmón se colapsa o se inflama. Sin ganglios linfáticos afectados.
meaning--lung8--ii = El cáncer ha crecido o se ha diseminado a ganglios linfáticos cercanos, pero no más allá del tórax.
meaning--lung8--iia = Un tumor de más de 4 cm y hasta 5 cm, sin ganglios linfáticos afectados.
meaning--lung8--iib = Un tumor de hasta 5 cm que ha llegado a ganglios linfáticos dentro del pulmón o en su raíz, del mismo lado; o un tumor más grande (de 5 a 7 cm) o localmente invasivo, o uno con un segundo nódulo en el mismo lóbulo, sin ganglios linfáticos afectados.
meaning--lung8--iiia = Todavía dentro del tórax: un tumor de hasta 5 cm con ganglios en el centro del tórax del mismo lado; un tumor T3 (de 5 a 7 cm, localmente invasivo o con un segundo nódulo en su lóbulo) con ganglios dentro del pulmón o en su raíz; o un tumor T4 (de más de 7 cm o que ha crecido hacia una estructura importante) con esos ganglios o sin ganglios afectados.
meaning--lung8--iiib = Dentro del tórax: un tumor de hasta 5 cm con ganglios del otro lado del tórax o por encima de la clavícula, o un tumor T3 o T4 (de más de 5 cm, localmente invasivo o con otro nódulo en el mismo pulmón) con ganglios en el centro del tórax del mismo lado.
meaning--lung8--iiic = Un tumor grande o localmente invasivo que además ha llegado a ganglios linfáticos del otro lado del tórax o por encima de la clavícula. No se ha diseminado a órganos distantes.
meaning--lung8--iv = El cáncer se ha diseminado a partes distantes del cuerpo (cáncer de pulmón metastásico).
meaning--lung8--iva = El cáncer se ha diseminado dentro del tórax (al otro pulmón, o al revestimiento o al líquido que rodea los pulmones o el corazón), o a un solo lugar fuera del tórax.
meaning--lung8--ivb = El cáncer se ha diseminado a varios lugares fuera del tórax, ya sea en un solo órgano o en varios órganos.
meaning--lung8--occult = Se encontraron células cancerosas, por ejemplo en la mucosidad que se expulsa al toser o en lavados de las vías respiratorias, pero no se ve ningún tumor en los estudios por imágenes ni con un endoscopio.
meaning--lung9--0 = Cáncer que no ha invadido: un adenocarcinoma in situ de hasta 3 cm, o un carcinoma de células escamosas in situ (de cualquier tamaño) en el revestimiento de una vía respiratoria.
meaning--lung9--i = Un tumor de hasta 3 cm sin diseminación; el subestadio exacto depende de su tamaño.
meaning--lung9--ia = Un tumor de hasta 3 cm sin diseminación; el subestadio exacto depende de su tamaño.
meaning--lung9--ia1 = Un tumor de 1 cm o menos, un adenocarcinoma mínimamente invasivo, o un tumor delgado de cualquier tamaño que se extiende solo a lo largo de la pared de una vía respiratoria. Sin diseminación.
meaning--lung9--ia2 = Un tumor pequeño de más de 1 cm y hasta 2 cm, sin diseminación.
meaning--lung9--ia3 = Un tumor de más de 2 cm y hasta 3 cm, sin diseminación.
meaning--lung9--ib = Un tumor de más de 3 cm y hasta 4 cm, o uno más pequeño que llega a una vía respiratoria principal, crece hacia el revestimiento del pulmón o bloquea una vía respiratoria de modo que una parte del pulmón o todo el pulmón se colapsa o se inflama. Sin ganglios linfáticos afectados.
meaning--lung9--ii = El cáncer ha crecido o se ha diseminado a ganglios linfáticos cercanos, pero no más allá del tórax.
meaning--lung9--iia = Un tumor de más de 4 cm y hasta 5 cm sin ganglios linfáticos afectados, o un tumor de hasta 3 cm que ha llegado a ganglios linfáticos dentro del pulmón o en su raíz, del mismo lado.
meaning--lung9--iib = Ganglios dentro del pulmón o en su raíz con un tumor T2 (de más de 3 cm y hasta 5 cm, o que llega a una vía respiratoria principal o al revestimiento del pulmón); un tumor T3 (de 5 a 7 cm, localmente invasivo o con un segundo nódulo en su lóbulo) sin ganglios afectados; o un solo grupo de ganglios en el centro del tórax del mismo lado con un tumor pequeño (T1).
meaning--lung9--iiia = Todavía dentro del tórax: un tumor T3 (de 5 a 7 cm, localmente invasivo o con un segundo nódulo en su lóbulo) con ganglios dentro del pulmón o en su raíz; un tumor T4 (de más de 7 cm o que ha crecido hacia una estructura importante) con esos ganglios o sin ganglios afectados; o ganglios en el centro del tórax del mismo lado: varios grupos con un tumor T1, o un solo grupo con un tumor T2 o T3.
meaning--lung9--iiib = Dentro del tórax: ganglios del otro lado o por encima de la clavícula con un tumor T1 o T2; varios grupos de ganglios en el centro del tórax del mismo lado con un tumor T2 o T3; o cualquier ganglio afectado en el centro del tórax con un tumor muy grande o invasivo (T4).
meaning--lung9--iiic = Un tumor grande o localmente invasivo que además ha llegado a ganglios linfáticos del otro lado del tórax o por encima de la clavícula. No se ha diseminado a órganos distantes.
meaning--lung9--iv = El cáncer se ha diseminado a partes distantes del cuerpo (cáncer de pulmón metastásico).
meaning--lung9--iva = El cáncer se ha diseminado dentro del tórax (al otro pulmón, o al revestimiento o al líquido que rodea los pulmones o el corazón), o a un solo lugar fuera del tórax.
meaning--lung9--ivb = El cáncer se ha diseminado a varios lugares fuera del tórax, ya sea en un solo órgano o en varios órganos.
meaning--lung9--occult = Se encontraron células cancerosas, por ejemplo en la mucosidad que se expulsa al toser o en lavados de las vías respiratorias, pero no se ve ningún tumor en los estudios por imágenes ni con un endoscopio.
meaning--meso8--ia = 8.ª edición: el cáncer está en el revestimiento del tórax de un lado y no ha llegado a los ganglios linfáticos.
meaning--meso8--ib = 8.ª edición: el cáncer cubre el revestimiento del tórax de todo ese lado y ha crecido hacia el diafragma, el pulmón, la grasa del centro del tórax, la parte interna de la pared torácica o el saco que envuelve el corazón, sin ganglios linfáticos afectados.
meaning--meso8--ii = 8.ª edición: un cáncer inicial o de crecimiento moderado que ha llegado a ganglios linfáticos del mismo lado del tórax.
meaning--meso8--iiia = 8.ª edición: un cáncer que ha crecido hacia tejidos cercanos (como la grasa del centro del tórax), con ganglios linfáticos afectados del mismo lado.
meaning--meso8--iiib = 8.ª edición: el cáncer ha llegado a ganglios linfáticos del otro lado del tórax o por encima de una clavícula, o ha crecido ampliamente en la pared torácica, ha atravesado el diafragma, ha llegado al otro lado, ha invadido la columna vertebral o ha atravesado el saco que envuelve el corazón.
meaning--meso8--iv = 8.ª edición: el cáncer se ha diseminado a partes distantes del cuerpo.
meaning--meso9--i = 9.ª edición: un cáncer delgado en el revestimiento del tórax de un lado (12 mm o menos en total en la tomografía computarizada [TC], 5 mm o menos a lo largo de las cisuras), sin ganglios linfáticos afectados.
meaning--meso9--ii = 9.ª edición: un cáncer delgado que ha llegado a ganglios linfáticos del mismo lado, o uno más grueso (de hasta 30 mm en total) sin ganglios linfáticos afectados.
meaning--meso9--iiia = 9.ª edición: un cáncer de más de 30 mm de grosor en total, tenga o no ganglios linfáticos afectados; uno más grueso con ganglios linfáticos afectados; o uno delgado con ganglios linfáticos del otro lado del tórax o por encima de una clavícula.
meaning--meso9--iiib = 9.ª edición: el cáncer ha crecido ampliamente en la pared torácica o hacia una costilla, ha atravesado el diafragma, ha llegado al otro lado, ha invadido órganos del centro del tórax o la columna vertebral, o ha atravesado el saco que envuelve el corazón, tenga o no ganglios linfáticos afectados.
meaning--meso9--iv = 9.ª edición: el cáncer se ha diseminado a partes distantes del cuerpo.

## note

note--adrenals = En la 9.ª edición, las dos glándulas suprarrenales juntas cuentan como un solo sistema de órganos.
note--chest-wall = SEER considera regional la invasión de la pared torácica, pero considera a distancia la invasión de una costilla, del esternón o del músculo esquelético.
note--distant-nodes = Los ganglios supraclaviculares y escalenos son regionales (N3), no metástasis: ingréselos como estación 1R o 1L. Los ganglios axilares, otros ganglios del cuello y los abdominales se consideran a distancia.
note--effusion = Un derrame solo cuenta cuando es maligno: si en pruebas repetidas no se encuentran células cancerosas, el líquido no es hemático ni es un exudado, y el criterio clínico determina que no está relacionado con el tumor, el derrame no se tiene en cuenta en la estadificación.
note--great-vessels = SEER considera regionales la aorta, los vasos pulmonares y la vena cava superior, pero considera a distancia la vena cava inferior.
note--inferred-ninth-cell = La 9.ª edición no incluyó esta celda de la tabla entre las que cambiaron, así que conserva su grupo de la 8.ª edición (“todas las demás categorías de estadio permanecen sin cambios”).
note--m1-without-subcategory = M1 sin subcategoría: estadio IV, pero que sea IVA o IVB depende de si la diseminación se limita al tórax o es una sola lesión (M1a, M1b: IVA), o si hay varias lesiones fuera del tórax (M1c: IVB).
note--meso8-ninth-feature = La invasión de una costilla y el derrame pericárdico maligno solo figuran en la 9.ª edición, por lo que la T de la 8.ª edición no los usa: elija el hallazgo de la 8.ª edición que describa el tumor.
note--meso8-thickness = El grosor en la TC (Psum, Fmax) determina la T clínica solo en la 9.ª edición: se conserva, pero la T de la 8.ª edición la determinan las estructuras afectadas.
note--meso9-eighth-descriptor = Algunos de los hallazgos ingresados son descriptores de la 8.ª edición: la T clínica de la 9.ª edición se determina por el grosor en la TC y por las características de invasión enumeradas, así que aquí no se usan (sí siguen contando en la 8.ª edición).
note--meso9-minor-thick = La invasión de la grasa mediastínica o un solo foco en el tejido blando de la pared torácica convierten un tumor delgado en cT2 solo cuando la Psum es de 12 mm o menos; si supera los 12 mm, no cambia la T clínica.
note--meso9-nodes = La N conserva su significado de la 8.ª edición: los códigos de ganglios de SEER para el mesotelioma en la 9.ª edición son los mismos que en la 8.ª edición; no se ha leído la redacción misma de la N de la 9.ª edición.
note--meso9-pathological = Ninguna fuente primaria que hayamos podido leer confirma los grupos de estadio patológico de la 9.ª edición para el mesotelioma pleural, por lo que este caso patológico se estadifica con la tabla de la 8.ª edición y sus descriptores pT.
note--meso9-t3-nx = La tabla de la 9.ª edición dice “T3, cualquier N”, lo que incluye NX; el paquete de oncología VistA del VA no asigna ningún grupo a T3 NX M0.
note--mesothelioma-tx-n2 = La derivación de SEER da IIIB en este caso porque todas las T enumeradas con N2 son IIIB; la propia tabla del AJCC no define ningún grupo, y eso es lo que seguimos.
note--occult = Carcinoma oculto significa que se encontraron células cancerosas (por ejemplo, en el esputo o en lavados bronquiales), pero no se ve ningún tumor en los estudios por imágenes ni en la broncoscopia. Si la T es X solo porque no se pudo evaluar el tumor, SEER, en cambio, registra el estadio como desconocido.
note--sclc-limited = Estadio limitado significa que toda la enfermedad cabe dentro de un solo campo de radiación que se puede administrar de forma segura. No hay una definición aceptada por todos: algunos grupos han considerado estadio limitado el derrame pleural, un tumor muy grande o los ganglios por encima de la clavícula del lado opuesto, y otros los han considerado estadio extenso.
note--seer-distant = El estadio “a distancia” de SEER no es lo mismo que el estadio IV del AJCC: SEER también considera a distancia los ganglios del lado opuesto o supraclaviculares, un nódulo en otro lóbulo y algunas estructuras invadidas.
note--seer-stage-iii = La derivación de SEER a partir de la tabla del AJCC (8.ª edición) registra esta combinación como estadio III sin subgrupo; la propia tabla del AJCC no define ningún grupo, y eso es lo que seguimos.
note--skeleton = En la 9.ª edición, todo el esqueleto cuenta como un solo sistema de órganos, sin importar cuántos huesos estén afectados.
note--station-7 = Las fuentes difieren sobre la estación subcarínica 7 junto con otra estación: la definición de la IASLC cuenta dos estaciones (N2b), que es la que seguimos, mientras que la codificación de SEER de la 9.ª edición pone “una estación mediastínica con o sin la estación 7” en un solo código, lo que sugeriría N2a.
note--t1-without-subcategory = T1 sin subcategoría: estadio IA, pero que sea IA1, IA2 o IA3 depende del tamaño (T1a, T1b, T1c).
note--t1mi-with-nodes = La tabla incluye T1mi solo con N0; como subcategoría de T1, aquí recibe el grupo de T1 (la derivación de SEER de la 8.ª edición hace lo mismo).
note--tis-metastatic = La tabla del AJCC agrupa cualquier T con metástasis a distancia como estadio IV e incluye Tis dentro de “cualquier T”; la derivación de SEER deja sin estadificar el carcinoma in situ con metástasis.
note--treatment-not-at-diagnosis = El enfoque habitual según el estadio está pensado para un cáncer en el momento del diagnóstico (un estadio clínico o patológico). Un estadio asignado después de empezar el tratamiento (yc, yp), en una recidiva (r) o en una autopsia (a) no decide por sí solo el tratamiento: el equipo de atención médica hace el plan a partir de toda la historia clínica, por eso aquí no se muestra ningún enfoque.

## survival

survival--iaslc--case = Este caso, { $first }: supervivencia general a 5 años del { $second }.
survival--iaslc--eighth-of-ninth = En la 8.ª edición, este caso es { $first }: el { $second } de las personas en ese estadio seguían vivas 5 años después (supervivencia general a 5 años).
survival--iaslc--histology = Las cifras de la IASLC son del cáncer de pulmón de células no pequeñas, por lo que no se muestran para { $first }.
survival--iaslc--no-group = Este caso no tiene un grupo de estadio con cifra de la IASLC, por lo que no se marca ninguna barra.
survival--iaslc--not-clinical = Las cifras de la IASLC son por estadio clínico, por lo que no se muestra ninguna para un estadio { $first }.
survival--iaslc--not-verified = IIIC, IVA y IVB no se incluyen: no pudimos leer sus cifras en el artículo publicado.
survival--sclc = Cáncer de pulmón de células pequeñas, todos los estadios juntos: { $first } No se muestran las cifras por estadio: no pudimos leerlas en una fuente primaria.
survival--seer--distant-m0 = SEER cuenta este caso como a distancia ({ $first }), aunque el estadio TNM es { $second }, sin diseminación a otros órganos. Su cifra para el estadio a distancia se refiere sobre todo al cáncer que se ha diseminado a otros órganos, por lo que no se muestra como la de este caso.
survival--seer--histology--carcinoid = No se muestran las cifras de SEER para todos los cánceres de pulmón: los tumores carcinoides tienen una evolución mucho mejor que otros cánceres de pulmón.
survival--seer--histology--mesothelioma = No se muestran las cifras de SEER para el cáncer de pulmón: el mesotelioma pleural no es un cáncer de pulmón.
survival--seer--histology--sclc = Las cifras de SEER por estadio resumido corresponden a todos los cánceres de pulmón juntos, en su mayoría de células no pequeñas, por lo que no se muestran para el cáncer de pulmón de células pequeñas.
survival--seer--no-row = No hay ninguna cifra de SEER para el estadio resumido “{ $first }”.
survival--seer--not-at-diagnosis = Las cifras de SEER describen a las personas según su estadio en el momento del diagnóstico, por lo que no se muestra ninguna para un estadio { $first }.

## symptoms

symptoms--adrenal--1 = si ambas glándulas dejan de producir suficientes hormonas: cansancio y debilidad
symptoms--adrenal--2 = pérdida de peso, náuseas o vómitos
symptoms--adrenal--3 = dolor en el abdomen o en la espalda
symptoms--adrenal--4 = fiebre o confusión
symptoms--adrenal--lead = La diseminación a una glándula suprarrenal a menudo no causa ningún síntoma y se descubre en un estudio por imágenes.
symptoms--bone--1 = dolor de huesos, a menudo en la espalda, las caderas, las costillas o los muslos
symptoms--bone--2 = huesos que se rompen con más facilidad
symptoms--bone--3 = presión sobre la médula espinal por diseminación a la columna
symptoms--bone--4 = nivel alto de calcio en la sangre, que puede causar deshidratación y confusión
symptoms--brain--1 = dolores de cabeza, que pueden ser intensos y venir con náuseas o vómitos
symptoms--brain--2 = mareos o problemas de equilibrio
symptoms--brain--3 = cambios en la vista
symptoms--brain--4 = debilidad o entumecimiento en un brazo o una pierna
symptoms--brain--5 = convulsiones
symptoms--brain--6 = somnolencia o confusión
symptoms--distant-lymph-node--1 = un bulto o hinchazón bajo la piel donde están los ganglios
symptoms--liver--1 = color amarillento de la piel o de lo blanco de los ojos (ictericia)
symptoms--liver--2 = abdomen hinchado
symptoms--liver--3 = dolor o molestia debajo de las costillas del lado derecho
symptoms--liver--4 = náuseas, falta de apetito y pérdida de peso
symptoms--liver--5 = picazón en la piel
symptoms--liver--6 = orina oscura o heces de color claro
symptoms--malignant-pericardial-effusion--1 = falta de aire
symptoms--malignant-pericardial-effusion--2 = dolor en el pecho o sensación de presión en el pecho
symptoms--malignant-pericardial-effusion--lead = El líquido en el saco que rodea el corazón lo presiona, y el corazón no puede bombear con normalidad. Si se acumula rápidamente, es una emergencia: busque ayuda de inmediato.
symptoms--malignant-pleural-effusion--1 = falta de aire, porque el líquido impide que el pulmón se llene
symptoms--malignant-pleural-effusion--2 = tos
symptoms--malignant-pleural-effusion--3 = dolor en el pecho

## treatment

treatment--meso-early = El tratamiento suele hacerse con medicamentos que llegan a todo el cuerpo (inmunoterapia o quimioterapia). La cirugía mayor para quitar el cáncer del revestimiento del tórax ya no es habitual: en un ensayo clínico del Reino Unido (MARS 2), las personas que se sometieron a esta cirugía junto con quimioterapia vivieron, en promedio, menos tiempo y tuvieron más complicaciones graves que las que recibieron solo quimioterapia. Aun así, un equipo especializado puede hablar de la cirugía con unas pocas personas.
treatment--meso-early--clinician = El tratamiento suele ser sistémico (inmunoterapia o quimioterapia). La cirugía mayor para resecar el tumor de la pleura ya no es rutinaria: en un ensayo clínico del Reino Unido (MARS 2), los pacientes sometidos a ella junto con quimioterapia vivieron, en promedio, menos tiempo y presentaron más complicaciones graves que los que recibieron solo quimioterapia. Un equipo especializado aún puede valorar la cirugía en unos pocos pacientes.
treatment--meso-late = El tratamiento suele hacerse con medicamentos que llegan a todo el cuerpo (inmunoterapia o quimioterapia), junto con drenaje del líquido y radioterapia para aliviar los síntomas.
treatment--meso-late--clinician = El tratamiento suele ser sistémico (inmunoterapia o quimioterapia), con drenaje de líquido y radioterapia para el alivio de los síntomas.
treatment--meso-middle = El tratamiento suele hacerse con medicamentos que llegan a todo el cuerpo (inmunoterapia o quimioterapia), junto con radioterapia o drenaje del líquido para aliviar los síntomas. La cirugía mayor no es una opción habitual: en el ensayo clínico MARS 2 dio peores resultados que la quimioterapia sola.
treatment--meso-middle--clinician = El tratamiento suele ser sistémico (inmunoterapia o quimioterapia), con radioterapia o drenaje de líquido para el alivio de los síntomas. La cirugía mayor no es una opción rutinaria: en el ensayo MARS 2 obtuvo peores resultados que la quimioterapia sola.
treatment--meso-sarcomatoid = Mesotelioma sarcomatoide: no se ofrece una operación para extirpar el cáncer, porque las guías la desaconsejan para este tipo. El tratamiento se hace con medicamentos que llegan a todo el cuerpo; en un ensayo clínico grande (CheckMate 743), una combinación de dos medicamentos de inmunoterapia ayudó a las personas a vivir más tiempo que la quimioterapia. El drenaje del líquido y la radioterapia pueden aliviar los síntomas.
treatment--meso-sarcomatoid--clinician = Histología sarcomatoide: no se recomienda la citorreducción quirúrgica máxima (guía de la ASCO). En primera línea, nivolumab más ipilimumab, que ofreció una supervivencia general más larga que la quimioterapia en la enfermedad irresecable (CheckMate 743). Drenaje pleural y radioterapia paliativa para los síntomas.
treatment--nsclc-0 = Por lo general, se extirpa con una operación pequeña; en algunos casos, en cambio, se trata a través de un tubo delgado introducido en la vía respiratoria, por ejemplo con luz, láser o congelación.
treatment--nsclc-0--clinician = Resección, por lo general limitada; en caso de lesión de la vía aérea central, tratamiento broncoscópico (terapia fotodinámica, láser o crioterapia) en su lugar.
treatment--nsclc-ia = La cirugía, a menudo para extirpar el lóbulo, es el tratamiento principal; si no es posible operar, se usa radioterapia dirigida con precisión.
treatment--nsclc-ia--clinician = Resección, a menudo lobectomía; radioterapia estereotáctica corporal (SBRT) cuando el paciente no puede someterse a cirugía.
treatment--nsclc-ib = La cirugía es el tratamiento principal, o radioterapia dirigida con precisión si no es posible operar. Después de la cirugía, se ofrece un medicamento de terapia dirigida si el tumor tiene un cambio en el gen EGFR.
treatment--nsclc-ib--clinician = Resección, o SBRT cuando el paciente no puede someterse a cirugía. Tras la resección de la enfermedad con mutación de EGFR, osimertinib adyuvante (ADAURA).
treatment--nsclc-ii = Si el cáncer se puede extirpar, la cirugía se combina con medicamentos: quimioterapia con inmunoterapia antes de la operación (que a menudo continúa después), o quimioterapia después de la operación seguida de inmunoterapia. Si el tumor tiene un cambio en EGFR o ALK, recibe un medicamento de terapia dirigida después de la cirugía en lugar de inmunoterapia. Si el cáncer no se puede extirpar, se usan quimioterapia y radioterapia.
treatment--nsclc-ii--clinician = Resecable: quimioterapia basada en platino con nivolumab antes de la cirugía (CheckMate 816), o quimioinmunoterapia perioperatoria con pembrolizumab (KEYNOTE-671), durvalumab (AEGEAN) o nivolumab (CheckMate 77T); o bien resección y quimioterapia adyuvante, seguidas de atezolizumab (IMpower010) o pembrolizumab (PEARLS/KEYNOTE-091). Con mutación de EGFR: osimertinib adyuvante (ADAURA); ALK positivo: alectinib adyuvante en lugar de quimioterapia (ALINA). Irresecable: quimiorradioterapia.
treatment--nsclc-iiib = Por lo general, quimioterapia y radioterapia al mismo tiempo, seguidas de inmunoterapia por un máximo de un año, o de un medicamento de terapia dirigida si el tumor tiene un cambio en EGFR. La cirugía rara vez es el tratamiento principal.
treatment--nsclc-iiib--clinician = Quimiorradioterapia, seguida de durvalumab de consolidación (PACIFIC); con mutación de EGFR, en su lugar osimertinib hasta la progresión (LAURA). La resección rara vez es el tratamiento primario.
treatment--nsclc-iv = Medicamentos que llegan a todo el cuerpo, elegidos según las pruebas del tumor: terapias dirigidas, inmunoterapia, quimioterapia o una combinación, para controlar el cáncer, aliviar los síntomas y prolongar la vida. La radioterapia puede aliviar los síntomas en una zona específica.
treatment--nsclc-iv--clinician = Tratamiento sistémico elegido según el perfil molecular y PD-L1: un fármaco dirigido si hay una alteración accionable; de lo contrario, inmunoterapia sola o con quimioterapia. Radioterapia paliativa en las localizaciones sintomáticas.
treatment--nsclc-iva = Medicamentos que llegan a todo el cuerpo, elegidos según las pruebas del tumor: terapias dirigidas, inmunoterapia, quimioterapia o una combinación. Cuando la diseminación se limita a unos pocos lugares, a veces se añade cirugía o radioterapia en cada uno de ellos.
treatment--nsclc-iva--clinician = Tratamiento sistémico elegido según el perfil molecular y PD-L1: un fármaco dirigido si hay una alteración accionable; de lo contrario, inmunoterapia sola o con quimioterapia. Enfermedad oligometastásica: tratamiento local (resección o radioterapia) de todas las localizaciones en pacientes seleccionados.
treatment--nsclc-n2 = Lo planifica un equipo. Si el cáncer se puede extirpar, la quimioterapia con inmunoterapia se da antes de la cirugía y a menudo continúa después. Si no, se dan quimioterapia y radioterapia al mismo tiempo, seguidas de inmunoterapia por un máximo de un año, o de un medicamento de terapia dirigida si el tumor tiene un cambio en EGFR.
treatment--nsclc-n2--clinician = Decisión multidisciplinaria. N2 resecable: quimioterapia basada en platino con nivolumab antes de la cirugía (CheckMate 816), o quimioinmunoterapia perioperatoria con pembrolizumab (KEYNOTE-671), durvalumab (AEGEAN) o nivolumab (CheckMate 77T). Irresecable: quimiorradioterapia, seguida de durvalumab de consolidación (PACIFIC); con mutación de EGFR, en su lugar osimertinib hasta la progresión (LAURA).
treatment--nsclc-resected = El cáncer se ha extirpado. Por lo general, se ofrece quimioterapia después de la cirugía, a menudo seguida de inmunoterapia. Si el tumor tiene un cambio en EGFR, recibe un medicamento de terapia dirigida después de la cirugía; si tiene un cambio en ALK, recibe un medicamento de terapia dirigida en lugar de quimioterapia.
treatment--nsclc-resected--clinician = Tras la resección completa: quimioterapia adyuvante basada en platino, seguida de atezolizumab (IMpower010) o pembrolizumab (PEARLS/KEYNOTE-091). Con mutación de EGFR: osimertinib adyuvante (ADAURA); ALK positivo: alectinib adyuvante en lugar de quimioterapia (ALINA).
treatment--sclc-extensive = Quimioterapia con un medicamento de inmunoterapia, que después continúa por sí solo. Se puede añadir radioterapia al pecho o al cerebro, o para aliviar los síntomas.
treatment--sclc-extensive--clinician = Quimioterapia con atezolizumab (IMpower133), o platino–etopósido con durvalumab (CASPIAN), seguida de inmunoterapia de mantenimiento. Se puede añadir radioterapia torácica o craneal, o radioterapia paliativa.
treatment--sclc-limited = Quimioterapia con radioterapia al pecho, seguida de inmunoterapia por un máximo de 2 años si el cáncer no ha crecido. Se puede ofrecer radioterapia a la cabeza para prevenir la diseminación al cerebro. La cirugía solo se usa en algunos tumores pequeños que no se han diseminado a los ganglios linfáticos.
treatment--sclc-limited--clinician = Quimiorradioterapia, seguida de durvalumab de consolidación por un máximo de 2 años sin progresión (ADRIATIC). Se puede ofrecer irradiación craneal profiláctica. Resección solo en algunos tumores pequeños sin afectación ganglionar.
treatment--support = Los cuidados paliativos, que alivian los síntomas, pueden darse al mismo tiempo que el tratamiento del cáncer; cuando se empezaron pronto en el cáncer de pulmón de células no pequeñas metastásico, mejoraron la calidad de vida. Pregunte si hay algún ensayo clínico abierto para usted.
treatment--support--clinician = Derivar a cuidados paliativos junto con el tratamiento oncológico: los cuidados paliativos tempranos mejoraron la calidad de vida en el cáncer de pulmón de células no pequeñas metastásico (Temel 2010). Ofrecer la inclusión en un ensayo clínico cuando haya uno abierto.
treatment--testing-advanced = Antes del tratamiento, se hacen pruebas al tumor para buscar cambios en genes (EGFR, ALK, ROS1, BRAF, KRAS, MET, RET, HER2 y otros) y la proteína PD-L1.
treatment--testing-advanced--clinician = Antes del tratamiento de primera línea: pruebas moleculares (EGFR, ALK, ROS1, BRAF, KRAS, MET, RET, HER2 y otros; Lindeman 2018) y un ensayo inmunohistoquímico validado de PD-L1, informado como puntuación porcentual, para seleccionar inhibidores de puntos de control inmunitario (Sholl 2024).
treatment--testing-early = Antes del tratamiento, se hacen pruebas al tumor para buscar cambios en EGFR y ALK, y para medir PD-L1: los resultados deciden qué medicamento se añade a la cirugía o la radioterapia.
treatment--testing-early--clinician = Determinar EGFR y ALK (osimertinib adyuvante, ADAURA; alectinib adyuvante, ALINA; osimertinib tras quimiorradioterapia, LAURA) y PD-L1 (atezolizumab adyuvante, IMpower010; pembrolizumab, PEARLS/KEYNOTE-091) antes de elegir el tratamiento sistémico.
