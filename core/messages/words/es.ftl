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

## El encabezado del widget y lo que rodea al formulario y al resultado (src/app.rs).

app-title = Encontrar el estadio de un cáncer de pulmón
app-intro = Empiece por lo que sabe: el estadio de un informe, T, N y M, o lo que encontraron las exploraciones, las endoscopias o la patología. El resultado se actualiza a medida que responde.
app-skip = Ir al resultado

## El formulario.

form-placeholder = formulario

## El resultado.

result-placeholder = resultado

## Nombres que da el núcleo.

name-placeholder = nombre
