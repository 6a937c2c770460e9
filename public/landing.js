// The empty chat screen says what the app is. Chainlit 2.12 shows only the logo, the composer and the starters
// there, and has no setting for text, so this script (config.toml [UI] custom_js) puts two sentences under the logo
// whenever that screen is shown. Styled in public/app.css.
(() => {
  const TITLE = "Practise answering \u201cTell me about a failure\u201d.";
  const TEXT =
    "An interviewer asks the question, probes the gaps in your answer and grades every reply against a rubric; " +
    "a scorecard closes the interview. Works offline. Pick a starter below or type your answer.";

  function place() {
    const screen = document.getElementById("welcome-screen");
    if (!screen || screen.querySelector("#app-intro")) return;
    const intro = document.createElement("div");
    intro.id = "app-intro";
    const title = document.createElement("p");
    title.className = "app-intro-title";
    title.textContent = TITLE;
    const text = document.createElement("p");
    text.textContent = TEXT;
    intro.append(title, text);
    const logo = screen.querySelector(":scope > .logo");
    if (logo) logo.after(intro);
    else screen.prepend(intro);
  }

  new MutationObserver(place).observe(document.body, { childList: true, subtree: true });
  place();
})();
