// The parent page's side of the LungStage iframe: the frame follows its content's height,
// and buttons send the two accepted commands (docs/embedding.md).
const frame = document.getElementById("lungstage-frame");
const origin = new URL(frame.src).origin;

window.addEventListener("message", (event) => {
  if (event.source !== frame.contentWindow || event.origin !== origin) return;
  const { type, height } = event.data ?? {};
  if (type === "lungstage:height" && Number.isInteger(height) && height > 0) {
    frame.height = String(height);
  }
});

for (const button of document.querySelectorAll("[data-theme-choice]")) {
  button.addEventListener("click", () => {
    frame.contentWindow.postMessage({ type: "lungstage:theme", theme: button.dataset.themeChoice }, origin);
  });
}
for (const button of document.querySelectorAll("[data-view-choice]")) {
  button.addEventListener("click", () => {
    frame.contentWindow.postMessage({ type: "lungstage:view", view: button.dataset.viewChoice }, origin);
  });
}
