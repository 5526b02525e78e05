# LungStage, español: las palabras de la primera vista. La página carga este archivo junto al
# wasm del widget. El resto de los mensajes (errores, motivos, notas) está en ../es.ftl.
# Mismo formato que ../en.ftl: `id = texto`; conserve cada `{ $nombre }`.

## La página alrededor del widget (index.html, embed.html).

page-title = LungStage
page-description = LungStage: estadificación TNM del cáncer de pulmón en el navegador. No es consejo médico.
page-tagline = Estadificación del cáncer de pulmón en su navegador. Nada de lo que escriba sale de esta página; se guarda en la dirección de la página, por lo que queda en el historial de su navegador.
page-noscript = La calculadora necesita JavaScript: actívelo en su navegador para ver el estadio. El formulario de abajo muestra lo que pregunta.

## El encabezado del widget y lo que rodea al formulario y al resultado (src/app.rs).

app-title = Encontrar el estadio de un cáncer de pulmón
app-intro = Empiece por lo que sabe: el estadio de un informe, T, N y M, o lo que encontraron las exploraciones, las endoscopias o la patología. El resultado se actualiza a medida que responde.
app-skip = Ir al resultado

## El formulario.

form-placeholder = formulario

## El resultado.

result-placeholder = resultado

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
