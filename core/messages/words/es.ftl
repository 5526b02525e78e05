# LungStage, español: las palabras de la primera vista. La página carga este archivo junto al
# wasm del widget. El resto de los mensajes (errores, motivos, notas) está en ../es.ftl.
# Mismo formato que ../en.ftl: `id = texto`; conserve cada `{ $nombre }`.

## La página alrededor del widget (index.html, embed.html).

page-title = LungStage
page-embed-title = LungStage (integrado)
page-description = LungStage: estadificación TNM del cáncer de pulmón en el navegador. No es consejo médico.
page-tagline = Estadificación del cáncer de pulmón en su navegador. Nada de lo que escriba sale de esta página; se guarda en la dirección de la página, por lo que queda en el historial de su navegador.
page-noscript = La calculadora necesita JavaScript: actívelo en su navegador para ver el estadio. El formulario de abajo muestra lo que pregunta.
page-language-name = Español
page-languages = Idioma
page-offer = Esta página también está en español.
page-offer-link = Leerla en español

## El encabezado del widget y lo que rodea al formulario y al resultado (src/app.rs).

app-title = Encontrar el estadio de un cáncer de pulmón
app-intro = Empiece por lo que sabe: el estadio (también llamado etapa) de un informe, T, N y M, o lo que encontraron las exploraciones, las endoscopias o la patología. El resultado se actualiza a medida que responde.
app-skip = Ir al resultado

## El formulario.

# La primera pregunta.
form-way-legend = ¿Qué sabe usted?
form-way-stage = El estadio de mi informe, como IIIA o cáncer de pulmón de células pequeñas en estadio limitado
form-way-categories = T, N y M, como T2a N1 M0
form-way-findings = Lo que encontraron las exploraciones o la patología

# El tipo de cáncer, las tablas, la clasificación, el subtipo del mesotelioma (en minúsculas).
form-histology-legend = Tipo de cáncer
form-edition-legend = Tablas de estadificación
form-edition-ninth = 9.ª edición (vigente, 2025)
form-edition-eighth = 8.ª edición (2017)
form-classification-label = Clasificación (cómo se determinaron T, N y M)
form-classification-option = { $name } ({ $code })
form-subtype-label = Subtipo (para el texto del tratamiento)
form-subtype-unknown = no se sabe
form-subtype-epithelioid = epitelioide
form-subtype-sarcomatoid = sarcomatoide
form-subtype-biphasic = bifásico

# { $axis } es T, N o M; { $category }, la categoría (T2a).
form-entered = { $axis } se ingresó directamente como { $category } más abajo; si cambia algo aquí, se vuelve a calcular a partir de estos hallazgos.

# El tumor principal.
form-tumor-legend = El tumor principal
form-size-label = Tamaño del tumor
form-size-hint = Su mayor ancho; en un tumor parcialmente sólido, la parte sólida. Por ejemplo, 2.5 o 2,5 cm.
form-psum-label = Suma de los espesores pleurales (Psum)
form-fmax-label = Mayor espesor del tumor a lo largo de una cisura (Fmax)
form-meso-minor-legend = El tumor… (cada uno de estos lo hace cT2 si la Psum es de 12 mm o menos)
form-meso-t4-legend = El tumor… (cada uno de estos lo hace cT4, sea cual sea el espesor)
form-features-legend = El tumor… (cada uno de estos lo hace por lo menos { $category })
form-nodules-legend = Nódulos tumorales separados
form-more-summary = Más estructuras (nombradas en la 9.ª edición)
form-more-legend = El tumor… (estructuras nombradas en la 9.ª edición)
form-unit = Unidad
form-size-read = leído como { $size } cm
form-size-question = ¿Es correcto el tamaño?
form-size-yes = Sí, { $size } cm
form-size-was-mm = Eran milímetros
form-growth-legend = Tipo de crecimiento, si el informe lo indica
form-growth-usual = Ninguno de estos, o no se sabe
form-growth-ais = Adenocarcinoma in situ (AIS): sin invasión, 3 cm como máximo
form-growth-scis = Carcinoma de células escamosas in situ (SCIS): sin invasión
form-growth-in-situ = Carcinoma in situ, sin indicar de qué tipo
form-growth-mia = Adenocarcinoma mínimamente invasivo (MIA): parte invasiva de 0.5 cm o menos, 3 cm como máximo
form-growth-occult = Carcinoma oculto: células cancerosas en el esputo o en los lavados, pero ningún tumor visible en las exploraciones ni en la broncoscopia
form-growth-total = Lesión completa, incluida cualquier parte en vidrio esmerilado, en cm (opcional)

# Los ganglios linfáticos.
form-nodes-legend = Ganglios linfáticos del tórax y de la parte baja del cuello
form-nodes-assessed-legend = ¿Se examinaron los ganglios linfáticos?
form-nodes-checked = Sí: marque abajo las estaciones afectadas (si no marca ninguna, no hay ningún ganglio linfático afectado)
form-nodes-not-assessed = No se examinaron, o no se sabe
form-nodes-unanswered = Aún sin responder: sin los ganglios linfáticos, la mayoría de los casos no tiene grupo de estadio.
form-side-legend = Lado del tumor
form-side-right = Pulmón derecho
form-side-left = Pulmón izquierdo
form-zone-hilar = Hiliares y dentro del pulmón (estaciones 10 a 14)
form-zone-mediastinal = Mediastínicos, en el centro del tórax (estaciones 2 a 9)
form-zone-supraclavicular = Supraclaviculares, en la parte baja del cuello (estación 1)

# La diseminación.
form-spread-legend = Diseminación a otras partes del cuerpo
form-spread-hint = Marque cada lugar al que se diseminó el cáncer, o indique que no se encontró diseminación. Si no hace ninguna de las dos cosas, el estadio lo cuenta como sin diseminación conocida (cM0) y lo indica.
form-spread-none = No se encontró diseminación a distancia
form-spread-within = Dentro del tórax
form-spread-outside = Fuera del tórax
form-lesions-legend = ¿Cuántas lesiones?
form-lesions-one = Una
form-lesions-several = Más de una
form-lesions-unknown = No se sabe
form-lesions-number = Número, si se sabe

# T, N y M ingresados directamente, y la forma escrita.
form-categories-legend = O ingrese T, N y M directamente
form-category-t = T: el tumor principal
form-category-n = N: ganglios linfáticos
form-category-m = M: diseminación a distancia
form-written-label = Forma escrita
form-written-hint = Péguela o escríbala tal como aparece en un informe, por ejemplo cT2a N1 M0.

# Antes de cada error bajo un campo, para los lectores de pantalla.
form-error-label = Error:

# Las dos vistas.
form-view-group = Mostrar el resultado
form-view-patient = Para pacientes y familiares
form-view-clinician = Para profesionales clínicos

# La barra que mantiene el estadio a la vista; { $stage } es el grupo (IIIA) o
# form-bar-limited / form-bar-extensive.
form-bar-stage = Estadio { $stage }
form-bar-stage-stale = Estadio { $stage } — desactualizado, revise el formulario
form-bar-limited = limitado
form-bar-extensive = extenso
form-bar-button = Ver el resultado

# Los errores propios del widget junto a un campo; { $size } es un tamaño tal como se escribió.
widget-error-unworded = Esta entrada no se puede usar tal como está.
widget-error-over-max-mm = El tamaño es demasiado grande para ser real: más de 300 mm
widget-error-to-confirm = El tamaño es de más de 7 cm, lo cual es poco común: ¿son { $size } centímetros, o eran { $size } milímetros?
widget-error-total-not-number = Debe ser un número de centímetros, como 2.5
widget-error-thickness-not-number = Debe ser un número, como 18
widget-error-lesion-count = El número de lesiones debe ser un número entero, 2 o más, o quedar vacío si no se sabe

# El campo de un error, para el aviso sobre un resultado desactualizado ("Revise ...").
form-field-written = la forma TNM escrita
form-field-size = el tamaño
form-field-side = el lado del tumor
form-field-lesions = el número de lesiones
form-field-tumor = los hallazgos del tumor principal
form-field-nodes = los hallazgos de los ganglios linfáticos
form-field-metastases = los hallazgos de diseminación a distancia
form-field-other = la entrada marcada en el formulario

## El resultado.

# El panel (result_panel.rs).
result-title = Resultado
result-invite-stage = Responda las preguntas sobre el estadio para ver aquí lo que significa.
result-invite-mesothelioma = Escriba los hallazgos del tumor, o T, N y M, para ver aquí el estadio.
result-invite-size = Escriba el tamaño del tumor, o T, N y M, para ver aquí el estadio.
result-care-team-details = Detalles para su equipo de atención médica
result-check = Revise { $field }.
result-out-of-date = Desactualizado: el resultado de abajo es el de sus últimos datos completos. Se actualiza, y se puede volver a copiar, cuando esto se corrija.
result-appears-once-fixed = El resultado aparece cuando esto se corrija.
result-edit-answers = Cambiar las respuestas
result-start-again = Empezar de nuevo

# El estadio en letra grande (stage_headline.rs).
result-stage = Estadio
result-occult-caption = carcinoma
result-context = { $histology }, tablas de la { $edition } edición · { $tnm }
result-context-label = { $histology }, tablas de la { $edition } edición · { $tnm }, { $label }
result-needs-nodes = Faltan los hallazgos de los ganglios linfáticos.
result-needs-nodes-why = Se conoce { $t }, pero el grupo de estadio depende de si el cáncer llegó a los ganglios linfáticos, y eso no se ha respondido o no se evaluó.
result-needs-tumour = Faltan los hallazgos del tumor.
result-needs-tumour-why = No se escribió nada sobre el tumor principal, así que no se puede asignar un estadio.
result-needs-more-tumour = Faltan más hallazgos del tumor.
result-no-group-why = Las tablas no dan un grupo de estadio para esta combinación de hallazgos, así que no se puede nombrar un estadio.
result-why-rule = Por qué: { $rule } ({ $source }).
result-decides = Lo que lo decidiría:
result-choice = { $category }: estadio { $group }
result-range = Con el tumor evaluado, estaría entre { $lowest } y { $highest }: es un intervalo, no un estadio.
result-other-edition = En la { $edition } edición, esto es { $stage }. Es el mismo cáncer, clasificado con reglas más nuevas o más antiguas: pregunte a su equipo de atención médica qué edición usa su informe.
result-other-stage = estadio { $code }
result-other-occult = carcinoma oculto
result-m0-assumed = No se indicó diseminación a distancia, así que M cuenta como cM0 (sin diseminación conocida).
result-m0-hint = Marque los lugares a los que se ha diseminado, o “No se encontró diseminación a distancia”.

# Estadio limitado o extenso del cáncer de pulmón de células pequeñas (sclc_extent.rs).
result-sclc-title = El cáncer de pulmón de células pequeñas también se describe como de estadio limitado o extenso
result-sclc-limited = Estadio limitado
result-sclc-extensive = Estadio extenso
result-sclc-undetermined = Limitado o extenso: depende del campo de radiación
result-why = Por qué: { $reason }.

# «En su caso», junto al dibujo (case_picture.rs).
# Las letras bajo el dibujo: la derecha y la izquierda del paciente (una letra cada una).
result-picture-right-letter = D
result-picture-left-letter = I
result-picture-text = En su caso: { $parts }.
result-picture-the-tumour = el tumor
result-picture-sized-tumour = un tumor de { $size } cm
result-picture-right-lung = { $tumour } en el pulmón derecho
result-picture-left-lung = { $tumour } en el pulmón izquierdo
result-picture-no-side = { $tumour } (no se indicó de qué lado está, así que no se dibuja)
result-picture-nodes = ganglios linfáticos { $regions }
result-picture-nodes-not-drawn = ganglios linfáticos { $regions } (no se dibujan sin el lado del tumor)
result-picture-and = { $first } y { $second }
result-picture-same-hilar = en la raíz del pulmón del mismo lado
result-picture-same-mediastinal = en el centro del tórax del mismo lado
result-picture-other-side = del otro lado del tórax
result-picture-supraclavicular = por encima de la clavícula
result-picture-n3 = ganglios linfáticos del otro lado del tórax o por encima de la clavícula (N3; no se dibujan)
result-picture-m = { $spread } ({ $m }; no se dibuja)
result-picture-m1a = diseminación dentro del tórax: líquido o nódulos en el revestimiento del pulmón o del corazón, o un nódulo en el otro pulmón
result-picture-m1b = una sola diseminación fuera del tórax
result-picture-m1c = varias diseminaciones fuera del tórax
result-picture-m1c1 = varias diseminaciones fuera del tórax, en un solo sistema de órganos
result-picture-m1c2 = diseminación en varios órganos fuera del tórax
result-picture-m1 = diseminación a partes distantes del cuerpo
result-picture-spread = diseminación a { $sites }
result-picture-spread-not-drawn = diseminación a { $sites } (no se dibuja)

# Cómo se determinó el estadio (tnm_trace.rs).
result-trace-title = Cómo se determinó el estadio
result-trace-t = el tumor principal
result-trace-n = ganglios linfáticos
result-trace-m = diseminación a partes distantes del cuerpo
result-trace-decides = Decide
result-trace-table = Tabla de estadios:
result-trace-seer = Estadio resumido de SEER:
result-trace-notes = Notas

# Las ediciones lado a lado (edition_compare.rs).
result-editions-same = La 8.ª y la 9.ª edición dan el mismo resultado: { $tnm } { $stage }.
result-editions-differ = La 8.ª y la 9.ª edición difieren en este caso
result-editions-part = Parte
result-editions-eighth = 8.ª edición
result-editions-ninth = 9.ª edición
result-editions-changed = (cambió)

# Supervivencia (survival_panel.rs, survival_chart.rs).
result-survival-title = Cifras de supervivencia
result-survival-show = Mostrar las cifras de supervivencia
result-survival-hide = Ocultar las cifras de supervivencia
result-survival-case = Este caso, { $stage }: { $figure }
result-survival-seer = Según el estadio resumido de SEER: { $stage }
result-survival-iaslc = Según el grupo de estadio (IASLC, 8.ª edición)
result-survival-source = { $population }: { $measure }, con diagnóstico en { $years }. { $caveat } Fuente: { $source }.
result-chart-this-case = ◀ este caso
result-chart-caption = Supervivencia general a 5 años de IASLC según el grupo de estadio clínico, 8.ª edición
result-chart-survival = Supervivencia a 5 años
result-chart-this-case-row = (este caso)

# Síntomas de la diseminación y el recuadro de ayuda urgente (symptoms_panel.rs).
result-symptoms-title = Síntomas de la diseminación
result-urgent-title = Busque ayuda de urgencia
result-urgent-call = Llame de inmediato a su equipo de atención médica, o a los servicios de emergencia, si tiene:
result-symptoms-intro = Lo que suele sentirse cuando el cáncer se disemina a cada lugar que indicó. No todas las personas tienen estos síntomas, y otras enfermedades pueden causarlos.
result-symptoms-common = Adónde se disemina con más frecuencia el cáncer de pulmón, y lo que se puede sentir
result-symptoms-none = No se indicó diseminación a otras partes del cuerpo.
result-symptoms-unchecked = No tenemos una lista verificada de los síntomas típicos de la diseminación a este lugar; el equipo de atención médica puede decirle a qué debe prestar atención.
result-sources = Fuentes: { $sources }.
result-source = Fuente: { $source }.

# El tratamiento (treatment_panel.rs).
result-treatment-title = El tratamiento habitual
result-treatment-general = Información general, no un plan de tratamiento.
result-treatment-no-stage = El tratamiento depende del estadio, y las tablas no dan ninguno para estos hallazgos.
result-treatment-unchecked = No tenemos un resumen verificado del tratamiento habitual del { $histology } en este estadio; el equipo de atención médica le explicará las opciones.

# Las fuentes y el aviso bajo el widget (sources_panel.rs).
result-please-note = Tenga en cuenta:
result-sources-title = Fuentes de las reglas, los textos y las cifras
result-last-reviewed = Última revisión: { $date }.

# Lo que se muestra mientras cargan los textos largos, o si no se pudieron cargar (deferred.rs).
result-loading = Cargando…
result-loading-failed = Estos detalles no se pudieron cargar. El estadio y lo que significa se muestran arriba.

# En lugar del widget si deja de funcionar (crash.rs): una oración, un enlace para volver a
# cargar y lo que sigue al enlace.
result-crash = Lo sentimos, LungStage dejó de funcionar por un error de nuestra parte. Nada de lo que escribió se envió a ningún lugar.
result-crash-reload = Vuelva a cargar la página
result-crash-after-reload = para empezar de nuevo.

## Nombres que da el núcleo.

# Lo que hace el tumor, para leer después de "el tumor ..." y "un tumor que ...".
name-feature-superficial-spreading = es un tumor de extensión superficial limitado a la pared bronquial
name-feature-main-bronchus = afecta un bronquio principal (pero no la carina)
name-feature-visceral-pleura = invade la pleura visceral (el revestimiento propio del pulmón)
name-feature-atelectasis = causa un colapso o una neumonitis obstructiva que llega al hilio
name-feature-adjacent-lobe = atraviesa la cisura hacia el lóbulo vecino
name-feature-parietal-pleura = invade la pleura parietal (el revestimiento de la pared torácica)
name-feature-chest-wall = invade la pared torácica
name-feature-phrenic-nerve = invade el nervio frénico
name-feature-parietal-pericardium = invade el pericardio parietal (la capa externa del saco que rodea el corazón)
name-feature-superior-sulcus = es un tumor del surco superior (tumor de Pancoast)
name-feature-azygos-vein = invade la vena ácigos
name-feature-thoracic-nerve-roots = invade las raíces nerviosas torácicas T1 o T2
name-feature-stellate-ganglion = invade el ganglio estrellado
name-feature-separate-nodule-same-lobe = tiene un nódulo tumoral separado en el mismo lóbulo
name-feature-diaphragm = invade el diafragma
name-feature-mediastinum = invade el mediastino
name-feature-heart = invade el corazón
name-feature-visceral-pericardium = invade el pericardio visceral (la capa interna del saco que rodea el corazón)
name-feature-great-vessels = invade los grandes vasos
name-feature-trachea = invade la tráquea
name-feature-recurrent-laryngeal-nerve = invade el nervio laríngeo recurrente
name-feature-esophagus = invade el esófago
name-feature-vertebral-body = invade un cuerpo vertebral
name-feature-carina = invade la carina
name-feature-thymus = invade el timo
name-feature-vagus-nerve = invade el nervio vago
name-feature-intrapericardial-pulmonary-vessels = invade los vasos pulmonares dentro del pericardio
name-feature-supra-aortic-arteries = invade las arterias que salen del arco aórtico
name-feature-brachiocephalic-veins = invade las venas braquiocefálicas
name-feature-subclavian-vessels = invade los vasos subclavios
name-feature-lamina = invade la lámina de una vértebra
name-feature-spinal-canal = invade el conducto raquídeo
name-feature-cervical-nerve-roots = invade las raíces nerviosas cervicales
name-feature-brachial-plexus = invade el plexo braquial
name-feature-separate-nodule-other-ipsilateral-lobe = tiene un nódulo tumoral separado en otro lóbulo del mismo pulmón
name-feature-ipsilateral-pleura = se limita a la pleura de su propio lado
name-feature-diaphragm-muscle = afecta todas las superficies pleurales de su lado y el músculo del diafragma
name-feature-lung-parenchyma = afecta todas las superficies pleurales de su lado y se extiende al pulmón
name-feature-endothoracic-fascia = afecta todas las superficies pleurales y la fascia endotorácica
name-feature-mediastinal-fat = afecta todas las superficies pleurales y se extiende a la grasa del mediastino
name-feature-chest-wall-soft-tissue = afecta todas las superficies pleurales, con un solo foco extirpable en los tejidos blandos de la pared torácica
name-feature-pericardium-non-transmural = afecta todas las superficies pleurales y el pericardio, sin atravesarlo
name-feature-chest-wall-diffuse = se extiende de forma difusa o en varios puntos a la pared torácica
name-feature-transdiaphragmatic-peritoneum = se extiende a través del diafragma hasta el peritoneo
name-feature-contralateral-pleura = se extiende a la pleura del otro lado
name-feature-mediastinal-organs = se extiende a órganos del mediastino
name-feature-spine = se extiende a la columna vertebral
name-feature-pericardium-internal-surface = se extiende hasta la superficie interna del pericardio
name-feature-myocardium = se extiende al músculo del corazón
name-feature-rib = invade una costilla
name-feature-malignant-pericardial-effusion = ha causado un derrame pericárdico maligno
# Los dos hallazgos menores del mesotelioma en la 9.ª edición, que allí cuentan por sí solos.
name-feature-mediastinal-fat-alone = se extiende a la grasa del mediastino
name-feature-chest-wall-soft-tissue-alone = invade los tejidos blandos de la pared torácica en un solo foco
# Estaciones de ganglios linfáticos del mapa de la IASLC, por número: "estación 10R (hiliar)".
name-station-1 = parte baja del cuello, por encima de la clavícula
name-station-2 = paratraqueal superior
name-station-3a = prevascular
name-station-3p = retrotraqueal
name-station-4 = paratraqueal inferior
name-station-5 = subaórtica (ventana aortopulmonar)
name-station-6 = paraaórtica
name-station-7 = subcarinal
name-station-8 = junto al esófago
name-station-9 = del ligamento pulmonar
name-station-10 = hiliar
name-station-11 = interlobar
name-station-12 = lobar
name-station-13 = segmentaria
name-station-14 = subsegmentaria
# Sitios de diseminación, y sus nombres cortos para las listas.
name-site-contralateral-lung = el otro pulmón
name-site-pleural-nodules = nódulos en la pleura
name-site-malignant-pleural-effusion = líquido con células cancerosas alrededor del pulmón (derrame pleural maligno)
name-site-pericardial-nodules = nódulos en el pericardio
name-site-malignant-pericardial-effusion = líquido con células cancerosas alrededor del corazón (derrame pericárdico maligno)
name-site-brain = cerebro
name-site-bone = hueso
name-site-liver = hígado
name-site-adrenal = glándula suprarrenal
name-site-distant-lymph-node = ganglio linfático distante
name-site-skin = piel
name-site-kidney = riñón
name-site-peritoneum = peritoneo (el revestimiento del abdomen)
name-site-other = otro órgano
name-site-short-contralateral-lung = otro pulmón
name-site-short-pleural-nodules = nódulos pleurales
name-site-short-malignant-pleural-effusion = derrame pleural
name-site-short-pericardial-nodules = nódulos pericárdicos
name-site-short-malignant-pericardial-effusion = derrame pericárdico
name-site-short-brain = cerebro
name-site-short-bone = hueso
name-site-short-liver = hígado
name-site-short-adrenal = suprarrenal
name-site-short-distant-lymph-node = ganglio linfático distante
name-site-short-skin = piel
name-site-short-kidney = riñón
name-site-short-peritoneum = peritoneo
name-site-short-other = otro órgano
# Tipos de cáncer.
name-histology-nsclc = cáncer de pulmón de células no pequeñas
name-histology-sclc = cáncer de pulmón de células pequeñas
name-histology-carcinoid = tumor carcinoide de pulmón
name-histology-mesothelioma = mesotelioma pleural
# Grupos de estadio; `{ $code }` es el código del grupo (IIB).
name-stage = Estadio { $code }
name-stage-occult = Carcinoma oculto
name-stage-not-defined = Estadio no definido por las tablas de estadificación
name-not-defined = no definido por las tablas de estadificación
# Cómo se determinó el estadio (c, p, yc, yp, r, a).
name-classification-c = clínico
name-classification-p = patológico
name-classification-yc = clínico después del tratamiento
name-classification-yp = patológico después del tratamiento
name-classification-r = recidiva
name-classification-a = autopsia
# Estadios resumidos de SEER.
name-summary-in-situ = In situ
name-summary-localized = Localizado
name-summary-regional = Regional
name-summary-distant = A distancia
name-summary-unknown = Desconocido
# Las ediciones, como las nombra "la { $edition } edición".
name-edition-eighth = 8.ª
name-edition-ninth = 9.ª
# Lo que dice una categoría ingresada directamente antes de su definición, y el aviso.
name-entered-directly = ingresada directamente como categoría
name-disclaimer = Solo información educativa: no es consejo médico ni un dispositivo médico. Las decisiones sobre la estadificación y el tratamiento corresponden al equipo de atención médica.

## Cifras, ayuda urgente y subgrupos (core/src/reference/, core/src/rules/)
# El recuadro de ayuda urgente: señales que necesitan ayuda el mismo día, cada una con lo que puede ser.
urgent-spinal-cord = dolor de espalda o de cuello nuevo o peor, piernas débiles o adormecidas, o dificultad para controlar la vejiga o el intestino (presión sobre la médula espinal)
urgent-seizure = una convulsión, debilidad repentina de un brazo o una pierna, o confusión nueva
urgent-vena-cava = hinchazón de la cara, el cuello o los brazos con falta de aire (una vena principal del tórax bloqueada)
urgent-breathless = falta de aire que empieza de repente o empeora mucho, por ejemplo por líquido alrededor del pulmón o del corazón
urgent-calcium = mucha sed, orinar mucho, vómitos, estreñimiento o confusión (un nivel alto de calcio)
# Lo que mide una cifra de supervivencia.
fig-measure-relative = tasa relativa de supervivencia a 5 años
fig-measure-overall = tasa de supervivencia general a 5 años
# De quién es la supervivencia: los cánceres, el lugar y el registro o la base de datos (nombres como se publicaron).
fig-population-seer = todos los cánceres de pulmón y de bronquios, EE. UU. (21 registros de SEER, sin Illinois)
fig-population-sclc = cáncer de pulmón de células pequeñas, EE. UU. (registros de SEER), todos los estadios juntos
fig-population-iaslc = cáncer de pulmón de células no pequeñas, base de datos internacional de la IASLC
# Por qué se agrupan las cifras, como lo nombra "según { $basis }".
fig-basis-clinical-eighth = grupo de estadio clínico, 8.ª edición
fig-basis-seer = estadio resumido de SEER
fig-basis-all = todos los estadios
# Una cifra como porcentaje; `{ $value }` es el número (38.2).
fig-percent = { $value }%
# Una cifra en una oración: `{ $percent }` es `fig-percent`, `{ $years }` los años del diagnóstico
# (2016-2022), `{ $source }` el nombre corto de la fuente como se publicó.
fig-sentence = { $percent }: { $measure }; { $population }, según { $basis }, con diagnóstico en { $years }. Fuente: { $source }.
# Lo que abarca un subgrupo N, como lo nombra `note-pathological-subgroup` ("subgrupo para ...").
sub-n1a = una sola estación N1
sub-n1b = varias estaciones N1
sub-n2a1 = una sola estación N2 sin afectación N1 ("salto")
sub-n2a2 = una sola estación N2 con afectación N1
sub-n2b = varias estaciones N2
# Lo que registra un descriptor junto a T, N y M ((m), G, L, V, Pn, R).
sub-descriptor-multiple = tumores primarios múltiples
sub-descriptor-grade = grado
sub-descriptor-lymphatic = invasión linfática
sub-descriptor-venous = invasión venosa
sub-descriptor-perineural = invasión perineural
sub-descriptor-residual = tumor residual
# Un estadio con cómo se determinó: `{ $kind }` es una palabra `name-classification-` (clínico),
# `{ $code }` el código del grupo (IIB).
label-stage = estadio { $kind } { $code }
label-occult = carcinoma oculto { $kind }
label-limited = estadio { $kind } limitado
label-extensive = estadio { $kind } extenso
# Un estadio de células pequeñas como se indicó, sin grupo.
label-title-limited = Estadio limitado
label-title-extensive = Estadio extenso
