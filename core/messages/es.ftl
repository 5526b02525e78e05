# Mensajes de LungStage, en español. Es la traducción de en.ftl, con los mismos ids;
# docs/messages.md explica cómo se leen y docs/translation.md qué términos se usan y de dónde
# vienen (estadio, estadificación, ganglios linfáticos, según las páginas en español del NCI).
#
# Cada mensaje es `id = texto`. `{ $nombre }` es un valor que pone el código (un código, un
# número, un campo); consérvelos todos, en el orden que pida la frase. `{ "{" }` es una llave
# literal. Un mensaje largo puede seguir en líneas con sangría, que se unen con un espacio.
#
# Públicos: los ids que empiezan por `machine-` son para la línea de comandos, la API de
# JavaScript y la consola, donde caben códigos y rutas de campos; el archivo del widget los deja
# fuera. Los demás mensajes los leen personas: pacientes, familias y profesionales.
#
# Los códigos TNM y los grupos de estadio (T2a, N2b, IIIB) no se traducen.

## Errores. La causa de un error se redacta para seguir al nombre del campo que falla, que la
## línea de comandos y la API de JavaScript escriben delante ("tumor.size_cm: debe ser ...").

machine-json = no es JSON válido en la línea { $line }, columna { $column }: { $detail }
machine-duplicate-key = `{ $key }` aparece dos veces; dé cada clave una sola vez
machine-not-object = debe ser un objeto JSON, no { $found }
machine-not-site-object = debe ser un objeto como { "{" }"site": "bone", "lesions": 2{ "}" }, no { $found }
error-unknown-code = `{ $code }`: no es un valor conocido de la lista ({ $list })
machine-unknown-edition = `{ $code }` no es una edición; use 8 o 9
machine-unknown-histology = `{ $code }` no es un tipo histológico; use nsclc, sclc, carcinoid o mesothelioma
error-not-in-lung8-n = `{ $code }`: es una categoría de la 9.ª edición; la 8.ª edición tiene N2 (o elija la 9.ª edición)
error-not-in-lung8-m = `{ $code }`: es una categoría de la 9.ª edición; la 8.ª edición tiene M1c (o elija la 9.ª edición)
error-not-in-meso-t = `{ $code }`: es una categoría del pulmón; el mesotelioma pleural usa TX, T0, T1, T2, T3 o T4
error-not-in-meso-n = `{ $code }`: es una categoría del pulmón; el mesotelioma pleural usa NX, N0, N1 o N2
error-not-in-meso-m = `{ $code }`: es una categoría del pulmón; el mesotelioma pleural usa M0 o M1
error-not-a-number = debe ser un número como 2.5 o 2,5: `{ $text }` tiene { $has }
error-size-not-above-zero = debe ser un tamaño en centímetros mayor que 0, no { $size }
error-size-over-max = { $size } cm supera los { $max } cm, más que cualquier tumor de pulmón estadificado; revise el número y la unidad (centímetros)
error-lesions-range = debe ser un número del 1 al { $max }, no { $count }
error-site-twice = { $site } ya está en la lista (sites[{ $first }]); indique cada sitio una sola vez, con su número total de lesiones
machine-not-a-count = `{ $text }`: no es un número de lesiones (un número, o many)
machine-too-many-items = tiene más de { $max } elementos
machine-too-long = tiene más de { $max } caracteres
machine-malformed-escape = tiene un escape con % mal formado
machine-key-twice = aparece dos veces
machine-unsupported-version = la versión `{ $version }` no es compatible (se esperaba { $current } o anterior)
machine-no-version = el enlace no tiene versión (debe empezar por v={ $current })
machine-newer-link = viene de un LungStage más reciente (versión de enlace { $version }; esta lee hasta la { $current })
error-station-not-covered = la estación { $station } está en la raíz del pulmón opuesto, que las categorías N del mesotelioma de la 8.ª edición no cubren; indique directamente la categoría N
error-not-meso-metastasis = en el mesotelioma pleural, { $site } forma parte de la extensión del tumor primario (su categoría T), no de una metástasis
error-meso-feature-in-lung = `{ $feature }` es un hallazgo del mesotelioma; no se aplica a los tumores de pulmón
error-lung-feature-in-meso = `{ $feature }` es un hallazgo de los tumores de pulmón; el mesotelioma pleural tiene sus propios hallazgos
error-lung-only = se aplica a los tumores de pulmón, no al mesotelioma pleural
error-meso-only = se aplica al mesotelioma pleural, no a los tumores de pulmón
error-thickness-range = debe ser de 0 a { $max } mm, no { $mm }
error-written = `{ $token }`: { $fault }
# Dónde está el error: "no se puede leer" encabeza un error en la forma TNM escrita.
error-at-written = no se puede leer: { $cause }
machine-at-field = { $field }: { $cause }

## Un estadio declarado (`stage`, `extent`) que no se puede leer; la línea de comandos y la API
## de JavaScript escriben delante la clave que falla ("stage: ...").

machine-stated-with-case = no se pueden dar a la vez `{ $given }` y `{ $part }`: un estadio declarado vale por todas las
    T, N y M de su grupo, así que indique el estadio o bien el tumor, los ganglios linfáticos y las metástasis del caso
machine-stated-unknown-stage = `{ $code }` no es un estadio de { $table }; use uno de estos: { $valid }
machine-stated-unknown-extent = `{ $code }` no es una extensión; use limited o extensive
machine-stated-not-small-cell = limitado y extendido describen solo el cáncer de pulmón de células pequeñas; a { $histology }
    se le da un grupo de estadio, como IIIA
machine-stated-classification = un estadio declarado es clínico (c) o patológico (p), no { $prefix }
machine-stated-not-a-string = debe ser texto, como "IIIA" o "limited"
machine-stated-missing = indique un estadio, como "IIIA", o para el cáncer de células pequeñas una extensión, "limited" o
    "extensive"
machine-stated-no-case = ningún caso en estadio { $group } es { $extent }: limitado significa sin diseminación a distancia,
    extendido, con diseminación a distancia
machine-stated-not-a-record = un registro necesita T, N y M, y un estadio declarado no las tiene; indique las categorías o
    los hallazgos del caso
machine-table-lung8 = la tabla de pulmón de la 8.ª edición
machine-table-lung9 = la tabla de pulmón de la 9.ª edición
machine-table-meso8 = la tabla de mesotelioma pleural de la 8.ª edición
machine-table-meso9 = la tabla de mesotelioma pleural de la 9.ª edición

## Lo que se dio en lugar de un objeto.

machine-json-null = null
machine-json-bool = true o false
machine-json-number = un número
machine-json-string = una cadena de texto
machine-json-array = una lista (array)
machine-json-object = un objeto

## Dos respuestas que no pueden ser ciertas a la vez.

conflict-category-and-findings = indique una categoría o los hallazgos, no ambos
conflict-side-with-category = solo se usa con estaciones, no con una categoría
conflict-total-below-solid = es la lesión entera, así que no puede ser menor que su parte invasiva ({ $solid } cm)
conflict-in-situ-and-mia = no se puede combinar con un carcinoma in situ: un tumor es in situ o mínimamente invasivo, no ambos
conflict-in-situ-with-size = es el tamaño de la parte invasiva, y un carcinoma in situ no la tiene: indique la lesión entera como tamaño total
conflict-in-situ-with-features = un carcinoma in situ no invade otras estructuras ni forma nódulos separados; desmarque carcinoma in situ si el tumor es invasivo
conflict-mia-too-large = el adenocarcinoma mínimamente invasivo tiene una parte invasiva de 0.5 cm como máximo; con { $size } cm el tumor es invasivo, así que desmarque mínimamente invasivo
conflict-mia-with-features = el adenocarcinoma mínimamente invasivo no invade otras estructuras; desmarque mínimamente invasivo si el tumor es invasivo
conflict-ground-glass-with-features = 0 indica una lesión en vidrio esmerilado puro, sin parte sólida, que no invade otras estructuras; indique el tamaño de la parte sólida
conflict-occult-with-size = significa que no se vio ningún tumor, así que no puede tener tamaño: quite el tamaño o desmarque carcinoma oculto
conflict-occult-with-findings = significa que no se vio ningún tumor, así que no se puede combinar con otros hallazgos del tumor
conflict-meso-size = no se usa para estadificar el mesotelioma pleural; indique el grosor pleural en la TC (9.ª edición) o las estructuras afectadas

## Una respuesta que hace falta para leer las demás.

needs-node-category-or-stations = necesita una categoría o una lista de estaciones (una lista vacía significa que no hay ganglios afectados)
needs-metastasis-category-or-sites = necesita una categoría o una lista de sitios (una lista vacía significa ninguno)
needs-tumor-side = hace falta porque la estación { $station } está a un lado del tórax: indique si el tumor está a la izquierda o a la derecha
needs-in-situ-kind = necesita su tipo en una lesión de más de 3 cm: el adenocarcinoma in situ se define solo hasta 3 cm; el carcinoma de células escamosas in situ, con cualquier tamaño
needs-station = no se pudo leer ninguna estación

## Por qué no se puede leer una forma TNM escrita (cT2a N1 M0); `error-written` pone delante
## la parte que falla.

written-unknown-value = no es un valor conocido de { $records }
written-unknown-category = no es una categoría { $axis } conocida
written-not-a-category = se esperaba una categoría T, N o M, como T2a, N1 o M0
written-twice = { $axis } aparece dos veces (primero { $first })
written-trailing = tiene caracteres después de la categoría
written-missing-t = no tiene categoría T (escriba TX si no se evaluó el tumor)
written-missing-n = no tiene categoría N (escriba NX si no se evaluaron los ganglios)
written-missing-m = no tiene categoría M (escriba M0 si no hay metástasis a distancia)
written-subgroup-in-meso = es uno de los subgrupos N de la IASLC para el cáncer de pulmón; el mesotelioma pleural usa NX, N0, N1 o N2
written-subgroup-not-pathological = es uno de los subgrupos N patológicos de la IASLC: escriba p{ $subgroup } si viene de un informe de patología
written-descriptor-not-category = es un descriptor de patología, no una categoría T, N o M
written-subgroup-not-category = es uno de los subgrupos N patológicos de la IASLC, que cuentan de forma distinta en la 8.ª y la 9.ª edición

## Valores de enlace que el formato de enlace no tiene.

machine-link-not-a-number = `{ $text }` no es un número
machine-link-not-one = `{ $text }` debería ser 1
machine-link-not-in-situ-kind = `{ $text }` debería ser ais, scis o 1
machine-link-not-a-side = `{ $text }` no es left ni right
machine-link-tumor-category-and-findings = no se puede combinar con hallazgos del tumor (size, total, features, insitu, mia, occult, psum, fmax)
machine-link-node-category-and-stations = no se puede combinar con estaciones ni con el lado
machine-link-metastasis-category-and-sites = no se puede combinar con sitios
machine-link-side-without-stations = solo va con estaciones (una lista vacía significa que no hay ninguna afectada)

## Los nombres que da el widget a los campos, que encabezan una causa redactada para
## seguirlos ("El tamaño debe ser un tamaño en centímetros mayor que 0, no 0").

subject-size = El tamaño
subject-in-situ = Carcinoma in situ
subject-mia = Adenocarcinoma mínimamente invasivo
subject-psum = Psum
subject-fmax = Fmax
subject-t = Esta T
subject-side = El lado del tumor
subject-n = Esta N
subject-m = Esta M
subject-lesions = El número de lesiones
subject-site = Este sitio
sentence-subject-cause = { $subject } { $cause }

## Motivos: por qué un hallazgo da su categoría, como el resultado los muestra bajo T, N y M.

reason-size-t1a = { $size } cm es 1 cm o menos
reason-size-t1b = { $size } cm es más de 1 cm y 2 cm como máximo
reason-size-t1c = { $size } cm es más de 2 cm y 3 cm como máximo
reason-size-t2a = { $size } cm es más de 3 cm y 4 cm como máximo
reason-size-t2b = { $size } cm es más de 4 cm y 5 cm como máximo
reason-size-t3 = { $size } cm es más de 5 cm y 7 cm como máximo
reason-size-t4 = { $size } cm es más de 7 cm
reason-tx-none = no se dio información sobre el tumor, así que el tumor primario cuenta como no evaluado
reason-tx-no-size-or-feature = no se dio tamaño ni otro hallazgo, así que el tumor primario cuenta como no evaluado
reason-tx-no-extent = no se dio la extensión del tumor, así que el tumor primario cuenta como no evaluado
reason-ground-glass = una lesión en vidrio esmerilado puro de { $total } cm en total, sin parte sólida, que cuenta como adenocarcinoma in situ (3 cm como máximo)
reason-scis = carcinoma de células escamosas in situ (SCIS), que es Tis sea cual sea su tamaño
reason-ais = adenocarcinoma in situ (AIS): una lesión lepídica de 3 cm como máximo, sin invasión
reason-cis = carcinoma in situ (adenocarcinoma in situ o carcinoma de células escamosas in situ)
reason-mia = adenocarcinoma mínimamente invasivo: 3 cm como máximo, sobre todo lepídico, con una parte invasiva de 0.5 cm como máximo
reason-too-large-ground-glass = la lesión entera mide { $total } cm, y la lesión en vidrio esmerilado puro solo se define hasta 3 cm; una lesión de más de 3 cm cuya parte invasiva mide 0.5 cm como máximo es T1a
reason-too-large-ais = la lesión entera mide { $total } cm, y el adenocarcinoma in situ solo se define hasta 3 cm; una lesión de más de 3 cm cuya parte invasiva mide 0.5 cm como máximo es T1a
reason-too-large-mia = la lesión entera mide { $total } cm, y el adenocarcinoma mínimamente invasivo solo se define hasta 3 cm; una lesión de más de 3 cm cuya parte invasiva mide 0.5 cm como máximo es T1a
reason-occult = carcinoma oculto: se hallaron células cancerosas en el esputo o en lavados bronquiales, pero no se ve ningún tumor en las imágenes ni en la broncoscopia
reason-tumour-feature = el tumor { $feature }
reason-superficial = , lo que da T1a sea cual sea su tamaño
reason-superficial-size-unknown = , lo que da T1a sea cual sea su tamaño (no se dio el tamaño)
reason-superficial-main-bronchus = , aunque llegue al bronquio principal, siempre que no salga de la pared bronquial
reason-azygos-eighth = { " " }(SEER lo codifica T4 con la 8.ª edición; la 9.ª lo incluye como T3)
reason-azygos-ninth = { " " }(la 9.ª edición lo incluye como T3; SEER lo codificaba T4 con la 8.ª)
reason-t2-size-unknown = ; sin conocer el tamaño, un hallazgo T2 cuenta como T2a
reason-outranks-size = , que pesa más que el tamaño
reason-meso9-t4-feature = el tumor { $feature } → cT4
reason-psum-missing = no se dio la Psum: decide entre cT1 y cT3
reason-psum-over-30 = Psum de { $psum } mm, más de 30 mm → cT3
reason-psum-12-to-30 = Psum de { $psum } mm, más de 12 mm y 30 mm como máximo → cT2
reason-psum-thin-feature = Psum de { $psum } mm, 12 mm como máximo, y el tumor { $feature } → cT2
reason-psum-thin-fmax-missing = Psum de { $psum } mm, 12 mm como máximo, así que decide la Fmax: no se dio
reason-psum-thin-fmax-over-5 = Psum de { $psum } mm, 12 mm como máximo; Fmax de { $fmax } mm, más de 5 mm → cT2
reason-psum-thin-fmax-thin = Psum de { $psum } mm, 12 mm como máximo; Fmax de { $fmax } mm, 5 mm como máximo → cT1
reason-nx-none = no se dio información sobre los ganglios linfáticos, así que los ganglios regionales cuentan como no evaluados
reason-n0 = ninguna estación de ganglios linfáticos regionales afectada
reason-station-supraclavicular = la estación { $station } ({ $name }) cuenta en cualquiera de los dos lados del tórax
reason-station-same-mediastinal = la estación { $station } ({ $name }) está en el mediastino, del lado del tumor
reason-station-same-hilar = la estación { $station } ({ $name }) está en la raíz del pulmón o dentro de él, del lado del tumor
reason-station-opposite-mediastinal = la estación { $station } ({ $name }) está en el mediastino, del lado opuesto
reason-station-opposite-hilar = la estación { $station } ({ $name }) está en la raíz del pulmón opuesto
reason-n2a = una sola estación mediastínica del lado del tumor está afectada ({ $list })
reason-n2b = { $count } estaciones mediastínicas del lado del tumor están afectadas ({ $list })
reason-m0-none = no se indicó diseminación, así que cM0: sin signos de diseminación a distancia, el AJCC cuenta M como M0 clínico (no existe MX)
reason-m0-found-none = no se encontró diseminación a distancia
reason-m0-no-site = no se indicó ningún lugar de metástasis
reason-m1a = { $site }: diseminación dentro del tórax
reason-m1b = una sola metástasis fuera del tórax ({ $sites })
reason-m1c-one-system = { $count } metástasis fuera del tórax, todas en un mismo sistema de órganos ({ $sites })
reason-m1c-one-system-several = varias metástasis fuera del tórax, todas en un mismo sistema de órganos ({ $sites })
reason-m1c-one-organ = { $count } metástasis fuera del tórax ({ $sites })
reason-m1c-one-organ-several = varias metástasis fuera del tórax ({ $sites })
reason-m1-count-unknown = diseminación fuera del tórax ({ $sites }) sin indicar el número de lesiones: una sola lesión es M1b, más de una es { $several }; decide el número
reason-m1c-systems = metástasis fuera del tórax en { $count } sistemas de órganos ({ $sites })
reason-m1c-organs = metástasis fuera del tórax en { $count } órganos ({ $sites })
reason-meso-m1 = metástasis a distancia ({ $sites })

## Notas escritas para un caso.

note-ninth-category-as-eighth = { $given } es una categoría de la 9.ª edición; la tabla de la 8.ª edición tiene { $parent }, así que se lee como { $parent }.
note-pm0 = pM0 no existe: M0 es siempre una categoría clínica, así que pM0 se lee como cM0.
note-pathological-subgroup = { $written } es el subgrupo patológico opcional de la IASLC para { $involved }; en la { $edition } edición cuenta como { $n }.
note-descriptor-set-aside = { $written } ({ $records }) se deja aparte: no cambia el estadio.

## Por qué un caso de células pequeñas está en estadio limitado o extenso.

reason-sclc-distant = la diseminación a distancia ({ $m }) siempre hace que el cáncer de pulmón de células pequeñas esté en estadio extenso
reason-sclc-nodules-other-lobe = no hay diseminación a distancia, pero { $t } se debe a nódulos pulmonares separados (un nódulo en otro lóbulo): limitado si todo cabe en un solo campo de radiación tolerable, extenso si no
reason-sclc-nodules-same-lobe = no hay diseminación a distancia, pero { $t } se debe a nódulos pulmonares separados (un nódulo en el mismo lóbulo): limitado si todo cabe en un solo campo de radiación tolerable, extenso si no
reason-sclc-limited-unless = no hay diseminación a distancia (M0): estadio limitado, salvo que { $t } se deba a varios nódulos pulmonares demasiado extendidos para un solo campo de radiación tolerable
reason-sclc-limited = no hay diseminación a distancia (M0): estadio limitado, la enfermedad de los estadios TNM I a III

## Por qué un caso tiene su estadio resumido de SEER.

seer-and = { "; " }
seer-mesothelioma = el resultado de la estadificación da el estadio resumido de SEER solo para el cáncer de pulmón; para el mesotelioma pleural lo dan los campos del registro (elemento 764 de NAACCR, según las tablas de SEER para el mesotelioma)
seer-in-situ = carcinoma in situ
seer-mia = adenocarcinoma mínimamente invasivo, limitado al pulmón
seer-confined = el tumor está limitado al pulmón (su tamaño no cuenta)
seer-tumour-feature = el tumor { $feature }
seer-tumour-feature-more = ; { $feature }
seer-t-not-assessed = el tumor primario no se evaluó
seer-tx = el tumor primario no se evaluó (TX)
seer-t0 = no se encontró tumor primario (T0)
seer-tis = carcinoma in situ (Tis)
seer-t1 = un tumor { $t } está limitado al pulmón
seer-t2 = { $t } puede ser localizado (tamaño, bronquio principal) o regional (pleura, colapso); indique los hallazgos
seer-t3 = { $t } puede ser localizado (solo por el tamaño), regional o a distancia (por ejemplo, un nódulo en otro lóbulo); indique los hallazgos
seer-side-needed = se necesita el lado del tumor
seer-nodes-distant = ganglios linfáticos del lado opuesto o por encima de la clavícula (estación { $stations }), que SEER cuenta como a distancia
seer-nodes-regional = ganglios linfáticos del lado del tumor (estación { $stations })
seer-no-nodes = ningún ganglio linfático afectado
seer-nx = los ganglios linfáticos no se evaluaron (NX)
seer-n-regional = { $n }: ganglios linfáticos del lado del tumor
seer-n3 = N3: ganglios linfáticos del lado opuesto o por encima de la clavícula, que SEER cuenta como a distancia
seer-no-metastasis = ninguna metástasis a distancia
seer-metastasis-sites = metástasis ({ $sites })
seer-metastasis = metástasis a distancia ({ $m })
seer-nothing-found = no se encontró tumor, ganglio linfático afectado ni metástasis
seer-open = podría ser cualquier cosa desde { $low } hasta { $high }:{ " " }
seer-level-nothing = nada
seer-level-in-situ = in situ
seer-level-localized = localizado
seer-level-regional = regional
seer-level-distant = a distancia

## Qué cambia entre los resultados de la 8.ª y la 9.ª edición de un caso.

change-coding = T es { $t_eighth } en la 8.ª edición y { $t_ninth } en la 9.ª: un tumor que { $feature } se codifica { $coded_eighth } con la 8.ª y { $coded_ninth } con la 9.ª. Es una nota de codificación; ninguna tabla de estadios cambió.
change-n2-split = N es { $n_eighth } en la 8.ª edición y { $n_ninth } en la 9.ª, que divide N2 en N2a (una estación mediastínica del lado del tumor) y N2b (varias).
change-m1c-split = M es { $m_eighth } en la 8.ª edición y { $m_ninth } en la 9.ª, que divide M1c en M1c1 (un sistema de órganos) y M1c2 (varios); ambas siguen siendo estadio IVB.
change-stage = El estadio es { $eighth } en la 8.ª edición y { $ninth } en la 9.ª.
change-stage-by-t = El estadio es { $eighth } en la 8.ª edición y { $ninth } en la 9.ª, porque T es { $t_eighth } en una y { $t_ninth } en la otra.
change-stage-moved = El estadio es { $eighth } en la 8.ª edición y { $ninth } en la 9.ª: la 9.ª edición pasó { $row } { $n } de { $eighth } a { $ninth }.
change-stage-needs-n2-subgroup = El estadio es { $eighth } en la 8.ª edición y { $ninth } en la 9.ª: la 9.ª edición necesita N2a o N2b aquí (cuántas estaciones mediastínicas están afectadas).

## La regla de la tabla detrás de un estadio, o por qué las tablas no definen un grupo.

rule-cell = { $t } { $n } M0 es estadio { $group } en la tabla de la { $edition } edición
rule-cell-mesothelioma = { $t } { $n } M0 es estadio { $group } en la tabla de mesotelioma de la { $edition } edición
rule-metastatic = cualquier T y cualquier N con { $m } es estadio { $group } ({ $edition } edición)
rule-metastatic-mesothelioma = cualquier T y cualquier N con M1 es estadio IV (mesotelioma, { $edition } edición)
rule-any-n = { $t } con cualquier N y M0 es estadio { $group } (mesotelioma, { $edition } edición); aquí { $n }
rule-occult = TX N0 M0 es carcinoma oculto
no-group-no-primary = T0 (no se encontró tumor primario) con { $n } y M0 no tiene grupo de estadio en la tabla de la { $edition } edición
no-group-in-situ-not-n0 = el carcinoma in situ (Tis) solo se agrupa como Tis N0 M0; la tabla de la { $edition } edición no tiene grupo para Tis { $n } M0
no-group-nx-mesothelioma8 = los ganglios linfáticos regionales no se evaluaron (NX): por debajo de T4, la tabla de mesotelioma necesita N0, N1 o N2
no-group-nx-mesothelioma9 = los ganglios linfáticos regionales no se evaluaron (NX): por debajo de T3, la tabla de mesotelioma de la 9.ª edición necesita N0, N1 o N2
no-group-nx = los ganglios linfáticos regionales no se evaluaron (NX): sin metástasis a distancia, la tabla de la { $edition } edición necesita de N0 a N3
no-group-t2 = T2 sin subcategoría: T2a N0 M0 es IB y T2b N0 M0 es IIA, así que decide el tamaño (un hallazgo T2 sin tamaño conocido cuenta como T2a)
no-group-n2 = N2 sin subcategoría: la 9.ª edición da { $with_one } con N2a (una estación mediastínica) y { $with_several } con N2b (varias estaciones), así que decide el número de estaciones afectadas
no-group-not-a-column = { $n } no es una columna de esta tabla
no-group-tx = el tumor primario no se evaluó (TX): las tablas no tienen grupo para TX { $n } M0
no-group-mesothelioma-tx = la tabla de mesotelioma de la { $edition } edición solo incluye de T1 a T4; no tiene grupo para { $t } { $n } M0
no-group-not-mesothelioma = { $t } { $n } no es una combinación de mesotelioma
no-group-awaits-psum = la T clínica de la 9.ª edición necesita la Psum, la suma del grosor pleural
no-group-awaits-fmax = con una Psum de 12 mm o menos, la T clínica necesita la Fmax, el mayor grosor del tumor a lo largo de una cisura
no-group-awaits-extent = la T de la 8.ª edición necesita las estructuras afectadas, no el grosor en la TC
no-group-incomplete = los hallazgos no están completos
no-group-nothing-entered = no se puede asignar el estadio: no se indicó nada sobre el tumor primario (el carcinoma oculto, TX N0 M0, requiere células cancerosas halladas sin ningún tumor visible)

## Los nombres de las listas y de lo que tiene un tamaño escrito, que completan los errores.

list-m-category = categoría M
list-classification-prefix = prefijo de clasificación
list-tumour-feature = hallazgo del tumor
list-t-category = categoría T
list-station = estación de ganglios linfáticos
list-site = lugar de metástasis
list-subtype = subtipo de mesotelioma
list-stage-group = grupo de estadio
list-n-category = categoría N
list-in-situ = tipo de carcinoma in situ
list-summary-stage = estadio resumido
list-extent = extensión del cáncer de células pequeñas
list-note = nota
list-side = lado (izquierdo o derecho)
has-space = un espacio
has-letter = una letra
has-sign = un signo que no es una cifra
has-marks = más de un separador decimal
has-no-digits = ninguna cifra
list-n-subgroup = subgrupo N

## La página de texto de la línea de comandos: sus encabezados y las frases alrededor de los
## resultados. A un encabezado que abre una línea le sigue un espacio.

machine-cli-decide = Lo que lo decidiría:
machine-cli-choice = { $category } da el estadio { $group }
machine-cli-range = Con el tumor evaluado estaría entre { $lowest } y { $highest }: es un intervalo, no un estadio.
machine-cli-decisive = (* decisivo)
machine-cli-table = Tabla:
machine-cli-notes = Notas:
machine-cli-note = Nota:
machine-cli-seer-summary = Estadio resumido de SEER:
machine-cli-sclc-extent = Extensión del cáncer de células pequeñas:
machine-cli-survival = Supervivencia (cifras de grupos de personas, no una predicción):
machine-cli-survival-not-at-diagnosis = Ninguna para un estadio { $kind }: las cifras se dan por el estadio al momento del diagnóstico.
machine-cli-no-figures = No hay cifras verificadas para este tipo de cáncer y este estadio.
machine-cli-no-shared-figure = No hay una cifra verificada que compartan todos los casos de este estadio.
machine-cli-figure-seer = Estadio { $stage } de SEER
machine-cli-figure-sclc = Células pequeñas, todos los estadios
machine-cli-figure-iaslc = Estadio { $group } de la IASLC (8.ª edición)
machine-cli-diagnosed = { $population }, con diagnóstico en { $years }
machine-cli-treatment = Enfoque habitual del tratamiento:
machine-cli-treatment-general = Enfoque habitual del tratamiento (información general, no un plan de tratamiento):
machine-cli-plain-words = En palabras sencillas: { $words }
machine-cli-no-change = Nada cambia entre la 8.ª y la 9.ª edición.
machine-cli-covers = Abarca los estadios { $first } a { $last } en la tabla de la { $edition } edición.
machine-cli-covers-occult = Abarca el carcinoma oculto y los estadios { $second } a { $last } en la tabla de la { $edition } edición.
machine-cli-every-case = Todos los casos de este estadio, sean cuales sean su T, su N y su M, comparten lo siguiente.
machine-cli-depends = Un estadio por sí solo no dice qué T, N y M tiene, y:

## El estadio de un informe, los avisos de enlaces y la nota del resumen para copiar (api/, core/src/render/)

# Las líneas que comparten la página de texto de la línea de comandos y la nota del
# portapapeles. `{ $edition }` es `edition-eighth` o `edition-ninth`; `{ $label }` es
# "clinical stage IIB".
line-tnm = TNM: { $tnm } ({ $edition } edición, { $histology })
line-tnm-stage = TNM: { $tnm }, { $label } ({ $edition } edición, { $histology })
line-other-edition = { $edition } edición: { $stage } ({ $tnm })
line-stated-title = { $title }, tal como se indica (no calculado a partir de T, N y M)
line-stated-label = { $label } ({ $edition } edición, { $histology })
line-stated-other-edition = { $edition } edición: { $stage }
line-entered-directly = ingresada directamente como categoría
line-entered-directly-means = ingresada directamente como categoría: { $definition }
# Lo que un estadio indicado deja en manos de T, N y M. `{ $on }` es `line-axes-one` o
# `line-axes-many`.
line-depends-treatment = El tratamiento habitual depende de { $on }.
line-depends-seer = La cifra de supervivencia de SEER depende de { $on }.
line-depends-iaslc = La cifra de supervivencia de la IASLC depende de { $on }.
line-depends-extent = Que sea limitado o extenso depende de { $on }.
line-depends-other-edition = En la { $edition } edición es estadio { $stages }, según { $on }.
line-axes-one = la categoría { $letters } ({ $plain })
line-axes-many = las categorías { $letters } ({ $plain })
line-axis-t = el tamaño y el alcance del tumor
line-axis-n = qué ganglios linfáticos están afectados
line-axis-m = adónde se ha diseminado el cáncer
# Listas: "a y b", "a, b y c" (`{ $rest }` son los elementos menos el último, unidos por ", ").
line-and = { $rest } y { $last }
line-or = { $rest } o { $last }

# La nota del resumen de un caso, para pegar en una historia clínica.
summary-why = Por qué: { $rule }
summary-extent-reason = Extensión del cáncer de células pequeñas: { $extent } ({ $reason })
summary-extent = Extensión del cáncer de células pequeñas: { $extent }
summary-tumour = Tumor: { $tumour }
summary-nodes = Ganglios linfáticos: { $nodes }
summary-spread = Diseminación a distancia: { $spread }
summary-seer = Estadio resumido de SEER: { $stage }
summary-note = Nota: { $note }
summary-staged-on = Estadificado el { $date } con LungStage.
summary-sources = Fuentes: { $sources }.
summary-entered = { $category }, ingresada como categoría
summary-tumour-none = no descrito
summary-tumour-size = { $size } cm
summary-tumour-no-size = tamaño no indicado
summary-tumour-total = { $size } cm en total
summary-tumour-ais = adenocarcinoma in situ
summary-tumour-scis = carcinoma escamoso in situ
summary-tumour-cis = carcinoma in situ
summary-tumour-occult = carcinoma oculto (se encontraron células cancerosas, pero no se ve un tumor)
summary-tumour-mia = adenocarcinoma mínimamente invasivo
summary-tumour-no-findings = no se indicaron hallazgos
summary-nodes-none = no evaluados
summary-nodes-clear = ninguno afectado
summary-nodes-stations = estaciones { $stations } afectadas
summary-nodes-stations-left = estaciones { $stations } afectadas; tumor del lado izquierdo
summary-nodes-stations-right = estaciones { $stations } afectadas; tumor del lado derecho
summary-spread-none = no se ingresó ninguna (se cuenta como cM0)
summary-spread-clear = no se encontró ninguna
summary-spread-lesions = { $site } ({ $count } lesiones)
summary-spread-several = { $site } (varias lesiones)
summary-spread-unknown = { $site } (número de lesiones desconocido)

# Un enlace para compartir que no se abre: el aviso que muestra la página, en palabras
# sencillas, y la parte del enlace que falla, tal como el aviso la nombra.
api-link-newer = Este enlace viene de una versión más reciente de LungStage y no se puede leer aquí, así que el formulario empieza vacío.
api-link-fault = No se pudo leer este enlace: una parte está en una forma que LungStage no conoce ({ $part }), así que el formulario empieza vacío.
api-link-no-stage = No se pudo leer este enlace: su caso no se puede estadificar ({ $cause }), así que el formulario empieza vacío.
api-link-version = la versión
api-link-edition = la edición
api-link-histology = el tipo de cáncer
api-link-subtype = el subtipo de mesotelioma
api-link-class = la clasificación
api-link-t = la categoría T
api-link-size = el tamaño del tumor
api-link-total = el tamaño de toda la lesión
api-link-thickness = el grosor pleural
api-link-tumour = los hallazgos del tumor
api-link-n = la categoría N
api-link-side = el lado del tumor
api-link-stations = las estaciones de ganglios linfáticos
api-link-nodes = los hallazgos de los ganglios linfáticos
api-link-m = la categoría M
api-link-sites = los lugares de diseminación
api-link-stage = el estadio
api-link-extent = la extensión del cáncer de células pequeñas
api-link-view = la vista
api-link-lang = su idioma
api-link-part = una parte del enlace
api-link-format = el formato
api-not-a-record = No se descargó nada: un registro necesita T, N y M, que un estadio por sí solo no da.
api-downloaded = Se descargó { $file }, un paquete FHIR R4 (HL7 mCODE). El paciente y las fechas quedan para que los complete el sistema de registros.

# El estadio de un informe: sus preguntas, tal como las muestra el widget.
api-question-histology = Tipo de cáncer
api-question-edition = ¿Qué edición usa su informe?
api-question-edition-hint = Los informes desde 2025 suelen usar la 9.ª; los anteriores, la 8.ª.
api-question-class = ¿El estadio es clínico o patológico?
api-question-class-hint = Patológico (p) si viene del informe después de la cirugía; clínico (c) si viene de estudios por imágenes y biopsias antes del tratamiento.
api-question-stage = El estadio del informe
api-option-ninth = 9.ª edición
api-option-eighth = 8.ª edición
api-option-clinical = Clínico (c)
api-option-pathological = Patológico (p)
api-option-limited = Estadio limitado
api-option-extensive = Estadio extenso
api-option-choose = Elija…
api-option-choose-first = Elija primero el tipo de cáncer y la edición

# El estadio de un informe: su resultado, tal como lo muestra el panel de resultados del widget.
api-stated-caption = Estadio
api-stated-context = { $histology }, tablas de la { $edition } edición · { $label }, tal como se indica en un informe: no calculado a partir de T, N y M.
api-stated-covers = Un estadio abarca varias combinaciones de T, N y M. Aquí se muestra lo que todas tienen en común; donde difieren, se indica.
api-stated-other-edition = En la { $edition } edición, este es el estadio { $stage }: el mismo cáncer, clasificado con otro reglamento.
api-stated-extent-title = El cáncer de pulmón de células pequeñas también se describe como limitado o extenso
api-stated-sources = Fuentes: { $sources }.
api-stated-symptoms-title = Síntomas de diseminación
api-stated-urgent-title = Busque ayuda urgente
api-stated-urgent-lead = Llame de inmediato a su equipo de atención médica, o a los servicios de emergencia, si tiene:
api-stated-no-sites = Un estadio por sí solo no dice adónde se ha diseminado el cáncer, si es que se ha diseminado.
api-stated-common-sites = Adónde se disemina con más frecuencia el cáncer de pulmón, y qué se puede sentir
api-stated-treatment-title = El enfoque habitual del tratamiento
api-stated-treatment-source = { " " }Fuentes: { $sources }.
api-stated-not-a-plan = Información general, no un plan de tratamiento.
api-stated-treatment-none = No tenemos un resumen revisado del tratamiento habitual para { $histology } en este estadio; el equipo de atención médica le explicará las opciones.
api-stated-treatment-depends = { $depends } Su equipo de atención médica puede decirle cuál corresponde.
api-stated-seer-row = Este estadio, { $stage }: { $figure }
api-stated-unknown = desconocido
api-stated-survival-title = Cifras de supervivencia
api-stated-survival-show = Mostrar las cifras de supervivencia
api-stated-by-seer = Por estadio resumido de SEER
api-stated-by-seer-stage = Por estadio resumido de SEER: { $stage }
api-stated-by-iaslc = Por grupo de estadio (IASLC, 8.ª edición)
api-stated-iaslc-source = { $population } { $measure }, diagnosticados en { $years }. { $caveat } Fuente: { $source }.

# Para quienes llaman a la API de JavaScript y para la consola: los códigos y los nombres de
# campos tal como son.
machine-unknown-language = lang: { $lang } no es un idioma que LungStage tenga; los idiomas son { $languages }
machine-api-format = format debe ser "json" o "fhir"
machine-api-not-finite = { $path }: debe ser un número finito, no { $name }
machine-api-not-json = el descriptor no se puede escribir como JSON
machine-api-not-descriptor = el descriptor debe ser un objeto o un texto JSON
machine-api-report-not-json = el informe no es JSON
machine-api-lang = lang debe ser un texto, como "en" o "es"
machine-link-newer = link.v: una versión más reciente
machine-link-view = link.view: debe ser { $codes }
machine-link-no-stage = el caso no se puede estadificar: { $error }
machine-link-not-stated = link: no es un estadio indicado

## El script de la página (lungstage.js): la barra para compartir, los avisos y lo que dice
## cuando el widget no puede iniciarse.

js-link-clinician = Los enlaces copiados abren la vista para profesionales clínicos
js-link-copied = Enlace copiado.
js-summary-copied = Resumen copiado.
js-link-to-copy = El enlace que se va a copiar
js-summary-to-copy = El resumen que se va a copiar
js-copy-link-by-hand = Aquí no se permitió copiar: el enlace está seleccionado abajo. Pulse Ctrl+C (o ⌘C) para copiarlo.
js-copy-summary-by-hand = Aquí no se permitió copiar: el resumen está seleccionado abajo. Pulse Ctrl+C (o ⌘C) para copiarlo.
js-copy-link = Copiar enlace
js-copy-summary = Copiar resumen para una nota
js-copy-record = Descargar para la historia clínica (FHIR)
js-printed = Impreso el { $date } desde LungStage.
js-loading = Cargando…
js-cannot-load = Esto no pudo cargarse aquí: vuelva a cargar la página para intentarlo de nuevo.
js-link-edition = Este enlace se hizo con las tablas de la { $edition }.ª edición, por eso se muestran aquí. La edición actual es la { $current }.ª: elíjala arriba para comparar.
js-cannot-start = La calculadora de estadificación del cáncer de pulmón no pudo iniciarse en esta página.
js-open-own-page = Abrir LungStage en su propia página
js-unknown-language = Este enlace pide el idioma `{ $lang }`, que LungStage no tiene: tiene { $languages }.
