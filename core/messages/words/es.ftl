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

name-placeholder = nombre
