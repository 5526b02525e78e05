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
result-survival-source = { $population } { $measure }, diagnóstico en { $years }. { $caveat } Fuente: { $source }.
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

name-placeholder = nombre
