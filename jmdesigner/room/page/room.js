// The workshop room's participant page. Everything a participant or the map says is put
// on the page with textContent, never as HTML, so a note like <img onerror=…> stays text.
"use strict";
(function () {
  const state = {
    map: null, stage: null, name: "", dotsLeft: null, feelings: {}, draft: null, lost: "", dots: {}, given: {},
  };
  const MAX_NOTE = 2000; // characters, as the room counts them (an emoji is one)
  const $ = (id) => document.getElementById(id);

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) {
      node.textContent = text;
      node.dir = "auto"; // each text runs in its own direction, whatever the page's
    }
    return node;
  }

  // The page's own words, in the phone's language when this table has it (English otherwise).
  // What participants and the map say is never translated; the server's sentences stay English.
  const WORDS = {
    de: {
      "Workshop room": "Workshop-Raum", "Connecting…": "Verbinde…", "Your name": "Dein Name",
      "Join": "Beitreten", "Your name shows on the notes you post.": "Dein Name steht auf deinen Notizen.",
      "Stages": "Phasen", "How did the customer feel here?": "Wie hat sich der Kunde hier gefühlt?",
      "Add a note": "Notiz hinzufügen", "Lane": "Bahn", "Note": "Notiz", "Post note": "Notiz senden",
      "The room answered {0}.": "Der Raum antwortete mit {0}.", "Feeling {0} of {1}": "Gefühl {0} von {1}",
      "{0}: very bad": "{0}: sehr schlecht", "{0}: very good": "{0}: sehr gut",
      "No notes yet.": "Noch keine Notizen.", "Give a dot ({0} so far)": "Punkt geben (bisher {0})",
      "● {0} dot left": "● noch {0} Punkt", "● {0} dots left": "● noch {0} Punkte",
      "Write something first.": "Schreib zuerst etwas.", "Posted. Thank you!": "Gesendet. Danke!",
      "Posted: the facilitator will place it on the map.":
        "Gesendet: die Moderation setzt die Notiz auf die Map.",
      "Dot given.": "Punkt vergeben.", "That was your last dot.": "Das war dein letzter Punkt.",
      "Feeling saved.": "Gefühl gespeichert.", "Live": "Live", "Reconnecting…": "Verbinde neu…",
      "This link was replaced by a new one. Scan the room's new code, or ask the facilitator for it.":
        "Dieser Link wurde durch einen neuen ersetzt. Scanne den neuen Code des Raums oder frag die Moderation danach.",
      "This link no longer works. Scan the room's new code, or ask the facilitator for it.":
        "Dieser Link gilt nicht mehr. Scanne den neuen Code des Raums oder frag die Moderation danach.",
      "Link no longer valid": "Link ungültig",
      "Cannot reach the room: it may be closed for now. This page reconnects by itself.":
        "Der Raum ist nicht erreichbar: vielleicht gerade geschlossen. Diese Seite verbindet sich von selbst neu.",
      "The workshop has ended — thank you": "Der Workshop ist zu Ende – danke!", "Ended": "Beendet",
      "Not sent: the workshop had ended. Your note is still here to copy.":
        "Nicht gesendet: Der Workshop war schon zu Ende. Deine Notiz steht noch hier zum Kopieren.",
      "Not sent yet: the room cannot be reached. Your note is still here and is sent when the room is back.":
        "Noch nicht gesendet: Der Raum ist nicht erreichbar. Deine Notiz bleibt hier und wird gesendet, sobald der Raum wieder da ist.",
      "Your note has {0} characters; a note may have at most {1}. Shorten it or split it.":
        "Deine Notiz hat {0} Zeichen; eine Notiz darf höchstens {1} haben. Kürze sie oder teile sie auf.",
      "The stage “{0}” was removed from the map: choose a stage for your note.":
        "Die Phase „{0}“ wurde von der Map entfernt: Wähle eine Phase für deine Notiz.",
      "The lane “{0}” was removed from the map: choose a lane for your note.":
        "Die Bahn „{0}“ wurde von der Map entfernt: Wähle eine Bahn für deine Notiz.",
      "Not given yet: the room cannot be reached. Your dot is given when the room is back.":
        "Noch nicht vergeben: Der Raum ist nicht erreichbar. Dein Punkt wird vergeben, sobald der Raum wieder da ist.",
      "Dot on its way": "Punkt unterwegs",
      "Take back your dot": "Deinen Punkt zurücknehmen", "Dot taken back.": "Punkt zurückgenommen.",
      "Not taken back: the room cannot be reached. Try again in a moment.":
        "Nicht zurückgenommen: Der Raum ist nicht erreichbar. Versuch es gleich noch einmal.",
    },
    es: {
      "Workshop room": "Sala del taller", "Connecting…": "Conectando…", "Your name": "Tu nombre",
      "Join": "Entrar", "Your name shows on the notes you post.": "Tu nombre aparece en las notas que publiques.",
      "Stages": "Etapas", "How did the customer feel here?": "¿Cómo se sintió el cliente aquí?",
      "Add a note": "Añadir una nota", "Lane": "Fila", "Note": "Nota", "Post note": "Publicar nota",
      "The room answered {0}.": "La sala respondió {0}.", "Feeling {0} of {1}": "Sentimiento {0} de {1}",
      "{0}: very bad": "{0}: muy mal", "{0}: very good": "{0}: muy bien",
      "No notes yet.": "Aún no hay notas.", "Give a dot ({0} so far)": "Dar un punto ({0} hasta ahora)",
      "● {0} dot left": "● te queda {0} punto", "● {0} dots left": "● te quedan {0} puntos",
      "Write something first.": "Escribe algo primero.", "Posted. Thank you!": "Publicada. ¡Gracias!",
      "Posted: the facilitator will place it on the map.":
        "Publicada: quien facilita el taller la colocará en el mapa.",
      "Dot given.": "Punto dado.", "That was your last dot.": "Era tu último punto.",
      "Feeling saved.": "Sentimiento guardado.", "Live": "En directo", "Reconnecting…": "Reconectando…",
      "This link was replaced by a new one. Scan the room's new code, or ask the facilitator for it.":
        "Este enlace se ha sustituido por uno nuevo. Escanea el nuevo código de la sala o pídeselo a quien facilita.",
      "This link no longer works. Scan the room's new code, or ask the facilitator for it.":
        "Este enlace ya no funciona. Escanea el nuevo código de la sala o pídeselo a quien facilita.",
      "Link no longer valid": "Enlace no válido",
      "Cannot reach the room: it may be closed for now. This page reconnects by itself.":
        "No se puede llegar a la sala: quizá está cerrada por ahora. Esta página se reconecta sola.",
      "The workshop has ended — thank you": "El taller ha terminado: ¡gracias!", "Ended": "Terminado",
      "Not sent: the workshop had ended. Your note is still here to copy.":
        "No enviada: el taller ya había terminado. Tu nota sigue aquí para copiarla.",
      "Not sent yet: the room cannot be reached. Your note is still here and is sent when the room is back.":
        "Aún no enviada: no se puede llegar a la sala. Tu nota sigue aquí y se enviará cuando la sala vuelva.",
      "Your note has {0} characters; a note may have at most {1}. Shorten it or split it.":
        "Tu nota tiene {0} caracteres; una nota puede tener como máximo {1}. Acórtala o divídela.",
      "The stage “{0}” was removed from the map: choose a stage for your note.":
        "La etapa «{0}» se quitó del mapa: elige una etapa para tu nota.",
      "The lane “{0}” was removed from the map: choose a lane for your note.":
        "La fila «{0}» se quitó del mapa: elige una fila para tu nota.",
      "Not given yet: the room cannot be reached. Your dot is given when the room is back.":
        "Aún no dado: no se puede llegar a la sala. Tu punto se dará cuando la sala vuelva.",
      "Dot on its way": "Punto en camino",
      "Take back your dot": "Retirar tu punto", "Dot taken back.": "Punto retirado.",
      "Not taken back: the room cannot be reached. Try again in a moment.":
        "No retirado: no se puede llegar a la sala. Inténtalo de nuevo en un momento.",
    },
    fr: {
      "Workshop room": "Salle d’atelier", "Connecting…": "Connexion…", "Your name": "Votre nom",
      "Join": "Rejoindre", "Your name shows on the notes you post.": "Votre nom apparaît sur vos notes.",
      "Stages": "Étapes", "How did the customer feel here?": "Comment le client s’est-il senti ici\u00a0?",
      "Add a note": "Ajouter une note", "Lane": "Ligne", "Note": "Note", "Post note": "Publier la note",
      "The room answered {0}.": "La salle a répondu {0}.", "Feeling {0} of {1}": "Ressenti {0} sur {1}",
      "{0}: very bad": "{0}\u00a0: très mauvais", "{0}: very good": "{0}\u00a0: très bon",
      "No notes yet.": "Pas encore de notes.", "Give a dot ({0} so far)": "Donner un point ({0} jusqu’ici)",
      "● {0} dot left": "● {0} point restant", "● {0} dots left": "● {0} points restants",
      "Write something first.": "Écrivez d’abord quelque chose.", "Posted. Thank you!": "Publiée. Merci\u00a0!",
      "Posted: the facilitator will place it on the map.":
        "Publiée\u00a0: l’animation la placera sur la carte.",
      "Dot given.": "Point donné.", "That was your last dot.": "C’était votre dernier point.",
      "Feeling saved.": "Ressenti enregistré.", "Live": "En direct", "Reconnecting…": "Reconnexion…",
      "This link was replaced by a new one. Scan the room's new code, or ask the facilitator for it.":
        "Ce lien a été remplacé par un nouveau. Scannez le nouveau code de la salle ou demandez-le à l’animation.",
      "This link no longer works. Scan the room's new code, or ask the facilitator for it.":
        "Ce lien ne fonctionne plus. Scannez le nouveau code de la salle ou demandez-le à l’animation.",
      "Link no longer valid": "Lien non valide",
      "Cannot reach the room: it may be closed for now. This page reconnects by itself.":
        "La salle est injoignable\u00a0: elle est peut-être fermée pour l’instant. Cette page se reconnecte d’elle-même.",
      "The workshop has ended — thank you": "L’atelier est terminé — merci\u00a0!", "Ended": "Terminé",
      "Not sent: the workshop had ended. Your note is still here to copy.":
        "Non envoyée\u00a0: l’atelier était déjà terminé. Votre note est toujours là, à copier.",
      "Not sent yet: the room cannot be reached. Your note is still here and is sent when the room is back.":
        "Pas encore envoyée\u00a0: la salle est injoignable. Votre note reste ici et part dès que la salle est de retour.",
      "Your note has {0} characters; a note may have at most {1}. Shorten it or split it.":
        "Votre note a {0} caractères\u00a0; une note en a au plus {1}. Raccourcissez-la ou coupez-la en deux.",
      "The stage “{0}” was removed from the map: choose a stage for your note.":
        "L’étape «\u00a0{0}\u00a0» a été retirée de la carte\u00a0: choisissez une étape pour votre note.",
      "The lane “{0}” was removed from the map: choose a lane for your note.":
        "La ligne «\u00a0{0}\u00a0» a été retirée de la carte\u00a0: choisissez une ligne pour votre note.",
      "Not given yet: the room cannot be reached. Your dot is given when the room is back.":
        "Pas encore donné\u00a0: la salle est injoignable. Votre point sera donné dès que la salle sera de retour.",
      "Dot on its way": "Point en route",
      "Take back your dot": "Reprendre votre point", "Dot taken back.": "Point repris.",
      "Not taken back: the room cannot be reached. Try again in a moment.":
        "Non repris\u00a0: la salle est injoignable. Réessayez dans un instant.",
    },
  };
  const language = (navigator.languages || [navigator.language || "en"])
    .map((tag) => String(tag).toLowerCase().split("-")[0])
    .find((code) => code === "en" || code in WORDS) || "en";
  function t(english, ...values) {
    const words = WORDS[language] || {};
    const text = words[english] || english;
    return text.replace(/\{(\d)\}/g, (_m, i) => String(values[Number(i)]));
  }
  function translatePage() {
    document.documentElement.lang = language;
    for (const node of document.querySelectorAll("[data-t]")) node.textContent = t(node.dataset.t);
    for (const node of document.querySelectorAll("[data-t-label]")) {
      node.setAttribute("aria-label", t(node.dataset.tLabel));
    }
  }

  let toastTimer = 0;
  function say(message, isError) {
    const toast = $("toast");
    toast.textContent = message;
    toast.classList.toggle("error", Boolean(isError));
    toast.hidden = false;
    clearTimeout(toastTimer);
    toastTimer = setTimeout(() => { toast.hidden = true; }, 3500);
  }

  async function api(path, body) {
    const options = body === undefined ? {} : {
      method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body),
    };
    let response;
    try {
      response = await fetch(path, options);
    } catch (e) { // no answer at all: the room is closed (or the phone left the network)
      const error = new Error(t("Cannot reach the room: it may be closed for now. This page reconnects by itself."));
      error.unreachable = true;
      throw error;
    }
    let data = {};
    try { data = await response.json(); } catch (e) { data = {}; }
    if (response.status === 410 && data.ended) {
      workshopEnded();
      const error = new Error(t("The workshop has ended — thank you"));
      error.status = 410;
      throw error;
    }
    if (response.status === 410 && data.replaced) {
      linkGone(t("This link was replaced by a new one. Scan the room's new code, or ask the facilitator for it."));
    } else if (response.status === 404 && !data.error) { // the bare 404 of a link this room does not know
      linkGone(t("This link no longer works. Scan the room's new code, or ask the facilitator for it."));
    }
    if (!response.ok) {
      const error = new Error(data.error || t("The room answered {0}.", response.status));
      error.status = response.status;
      throw error;
    }
    return data;
  }

  // The link was replaced or is unknown: say so where it stays, and stop posting and following.
  let events = null;
  function linkGone(message) {
    if (state.ended) return;
    state.gone = true;
    if (events) events.close();
    const live = $("live");
    live.textContent = t("Link no longer valid");
    live.classList.remove("on");
    $("gone").textContent = message;
    $("gone").hidden = false;
    $("join").hidden = true;
    $("room").hidden = true;
  }

  // The facilitator ended the workshop: thank everyone, and stop posting and following. A note
  // being written stays on the page, read-only, to copy: it was not sent.
  function workshopEnded() {
    if (state.ended) return;
    state.ended = state.gone = true;
    if (events) events.close();
    const live = $("live");
    live.textContent = t("Ended");
    live.classList.remove("on");
    $("gone").textContent = t("The workshop has ended — thank you");
    $("gone").classList.add("thanks");
    $("gone").hidden = false;
    $("join").hidden = true;
    $("dots").textContent = "";
    if ($("text").value.trim()) {
      $("room").classList.add("ended");
      $("text").readOnly = true;
      $("note").querySelector("button").disabled = true;
      $("unsent").textContent = t("Not sent: the workshop had ended. Your note is still here to copy.");
      $("unsent").hidden = false;
    } else {
      $("room").hidden = true;
    }
  }

  function savedName() {
    try { return localStorage.getItem("jmdesigner-room-name") || ""; } catch (e) { return ""; }
  }

  // The note being written, kept on the phone as it is typed (with its key once sent): a phone
  // that slept and whose browser dropped the page finds it again, and a note whose answer was
  // lost is sent again with the same key after a reload.
  const DRAFT = "jmdesigner-room-draft:" + location.pathname;
  function keepDraft() {
    try {
      const text = $("text").value;
      const note = state.draft && state.draft.text === text.trim() ? state.draft : null;
      if (!text.trim()) localStorage.removeItem(DRAFT);
      const stage = state.map && state.map.stages.find((s) => s.id === state.stage);
      const kept = { text: text, stage: state.stage, stageName: stage ? stage.name : "", lane: $("lane").value, note: note };
      localStorage.setItem(DRAFT, JSON.stringify(kept));
    } catch (e) { /* private mode, full storage: the page still works, the draft lives in the box */ }
  }
  function restoreDraft() {
    let kept = null;
    try { kept = JSON.parse(localStorage.getItem(DRAFT) || "null"); } catch (e) { kept = null; }
    if (!kept || typeof kept.text !== "string") return;
    $("text").value = kept.text;
    state.stage = kept.stage || null;
    state.stageName = kept.stageName || "";
    state.wantLane = kept.lane || "";
    if (kept.note && typeof kept.note.key === "string") state.draft = kept.note;
    updateCount();
  }

  // The dots on their way (card id → its key, the same on every try): a dot whose answer was lost
  // is given again with its key, by itself when the room is back or when the card is tapped again,
  // and counts once; kept on the phone, so a reload sends it again too.
  const DOTS = "jmdesigner-room-dots:" + location.pathname;
  function keepDots() {
    try {
      const kept = Object.values(state.dots).map((dot) => ({ card: dot.card, key: dot.key, name: dot.name }));
      if (kept.length) localStorage.setItem(DOTS, JSON.stringify(kept)); else localStorage.removeItem(DOTS);
    } catch (e) { /* private mode, full storage: the dots wait in the page only */ }
  }
  function restoreDots() {
    let kept = null;
    try { kept = JSON.parse(localStorage.getItem(DOTS) || "null"); } catch (e) { kept = null; }
    if (!Array.isArray(kept)) return;
    for (const dot of kept.slice(0, 50)) {
      if (dot && typeof dot.card === "string" && typeof dot.key === "string" && typeof dot.name === "string") {
        state.dots[dot.card] = { card: dot.card, key: dot.key, name: dot.name, sending: false };
      }
    }
  }

  // The dots this phone gave (card id → their keys, under the name they were given with): each can
  // be taken back by its key (a double tap, the wrong card), once however often that is sent.
  const GIVEN = "jmdesigner-room-given:" + location.pathname;
  function keepGiven() {
    try {
      const cards = Object.keys(state.given).length ? { name: state.name, cards: state.given } : null;
      if (cards) localStorage.setItem(GIVEN, JSON.stringify(cards)); else localStorage.removeItem(GIVEN);
    } catch (e) { /* private mode: taken back from this page only */ }
  }
  function restoreGiven() {
    let kept = null;
    try { kept = JSON.parse(localStorage.getItem(GIVEN) || "null"); } catch (e) { kept = null; }
    if (!kept || kept.name !== state.name || typeof kept.cards !== "object" || !kept.cards) return;
    for (const [card, keys] of Object.entries(kept.cards).slice(0, 200)) {
      if (Array.isArray(keys)) state.given[card] = keys.filter((key) => typeof key === "string").slice(0, 100);
    }
  }

  function saveName(name) {
    try { localStorage.setItem("jmdesigner-room-name", name); } catch (e) { /* private mode */ }
  }

  async function load() {
    let query = state.name ? "?participant=" + encodeURIComponent(state.name) : "";
    const waiting = state.draft && state.draft.waiting ? state.draft : null;
    if (query && waiting) query += "&key=" + encodeURIComponent(waiting.key); // did it land meanwhile?
    const map = await api("api/map" + query);
    const previous = state.map;
    state.map = map;
    if (typeof map.dots_left === "number") state.dotsLeft = map.dots_left;
    if (typeof map.event === "string") {
      state.mapAt = map.event;
      catchUp();
    }
    if (map.landed && waiting) noteLanded(waiting, map.held);
    const here = new Set(map.cards.map((c) => c.id));
    const gone = Object.keys(state.given).filter((card) => !here.has(card));
    for (const card of gone) delete state.given[card]; // deleted, or held by the facilitator
    if (gone.length) keepGiven();
    if (map.feelings) state.feelings = map.feelings;
    if (!map.stages.some((s) => s.id === state.stage)) {
      const before = state.stage && previous && previous.stages.find((s) => s.id === state.stage);
      if (before) stageLost(before.name);
      else if (state.stage && !previous && state.stageName) stageLost(state.stageName); // gone while the page was away // never post a note into another stage than the one chosen
      state.stage = map.stages.length ? map.stages[0].id : null;
    }
    document.documentElement.dir = map.dir === "rtl" ? "rtl" : "ltr";
    document.title = map.title;
    $("title").textContent = map.title;
    render();
  }

  function noteLanes() {
    return state.map.lanes.filter((lane) => lane.kind !== "emotions");
  }

  function render() {
    if (!state.map) return;
    renderStages();
    renderScale();
    renderLanes();
    renderLaneChoice();
    renderFooter();
  }

  function renderStages() {
    const nav = $("stages");
    nav.replaceChildren();
    for (const stage of state.map.stages) {
      const button = el("button", "", stage.name);
      button.type = "button";
      button.setAttribute("aria-pressed", String(stage.id === state.stage));
      button.addEventListener("click", () => { state.stage = stage.id; clearLost("stage"); render(); keepDraft(); });
      nav.append(button);
    }
  }

  function renderScale() {
    const box = $("scale");
    box.replaceChildren();
    const { min, max } = state.map.scale;
    const chosen = state.feelings[state.stage];
    for (let score = min; score <= max; score += 1) {
      const button = el("button", "", score > 0 && min < 0 ? "+" + score : String(score));
      button.dir = "ltr"; // "-3" stays "-3" on a right-to-left page
      button.type = "button";
      button.setAttribute("aria-pressed", String(score === chosen));
      button.setAttribute("aria-label", t("Feeling {0} of {1}", score, max));
      button.addEventListener("click", () => rate(score));
      box.append(button);
    }
    $("scale-low").textContent = t("{0}: very bad", min);
    $("scale-high").textContent = t("{0}: very good", max);
  }

  function renderLanes() {
    const box = $("lanes");
    box.replaceChildren();
    for (const lane of noteLanes()) {
      const section = el("section", "lane");
      section.append(el("h2", "", lane.name));
      const cards = state.map.cards.filter((c) => c.stage === state.stage && c.lane === lane.id);
      if (!cards.length) section.append(el("p", "empty", t("No notes yet.")));
      const list = el("ul", "cards");
      for (const card of cards) list.append(cardItem(card));
      section.append(list);
      box.append(section);
    }
  }

  function cardItem(card) {
    const item = el("li", "card");
    item.dataset.id = card.id;
    item.append(el("span", "text", card.text));
    const vote = el("button", "vote", "● " + card.votes);
    vote.type = "button";
    vote.setAttribute("aria-label", t("Give a dot ({0} so far)", card.votes));
    const waiting = state.dots[card.id];
    vote.disabled = state.dotsLeft === 0 && !waiting;
    if (waiting) {
      vote.classList.add("waiting");
      vote.title = t("Dot on its way");
    }
    vote.addEventListener("click", () => castVote(card.id));
    const mine = (state.given[card.id] || []).length;
    if (mine) vote.classList.add("mine");
    item.append(vote);
    if (mine && !waiting) {
      const back = el("button", "take-back", "−");
      back.type = "button";
      back.setAttribute("aria-label", t("Take back your dot"));
      back.title = t("Take back your dot");
      back.addEventListener("click", () => takeBack(card.id));
      item.append(back);
    }
    return item;
  }

  function renderLaneChoice() {
    const select = $("lane");
    const before = select.value;
    select.replaceChildren();
    for (const lane of noteLanes()) {
      const option = el("option", "", lane.name);
      option.value = lane.id;
      select.append(option);
    }
    if (state.wantLane && noteLanes().some((lane) => lane.id === state.wantLane)) {
      select.value = state.wantLane; // the lane of a note kept on the phone
    } else if (noteLanes().some((lane) => lane.id === before)) {
      select.value = before;
    } else if (before && select.dataset.name) { // the lane chosen was deleted: say so, post nowhere else
      showLost(t("The lane “{0}” was removed from the map: choose a lane for your note.", select.dataset.name), "lane");
    }
    state.wantLane = "";
    select.dataset.name = select.selectedOptions.length ? select.selectedOptions[0].textContent : "";
  }

  // The stage or lane a participant chose is gone (the facilitator deleted it): the note is not
  // posted elsewhere until they choose again, and the page says why where it stays.
  function stageLost(name) {
    showLost(t("The stage “{0}” was removed from the map: choose a stage for your note.", name), "stage");
  }
  function showLost(message, what) {
    state.lost = message;
    state.lostWhat = what;
    $("unsent").textContent = message;
    $("unsent").hidden = false;
  }
  function clearLost(what) {
    if (!state.lost || (what && what !== state.lostWhat)) return;
    state.lost = "";
    $("unsent").hidden = true;
  }

  function renderFooter() {
    $("who").textContent = state.name;
    const left = state.dotsLeft === null ? state.map.dots : state.dotsLeft;
    $("dots").textContent = t(left === 1 ? "● {0} dot left" : "● {0} dots left", left);
  }

  function upsert(card) {
    const cards = state.map.cards;
    const at = cards.findIndex((c) => c.id === card.id);
    if (at >= 0) cards[at] = card; else cards.push(card);
  }

  // One key per note written, the same on every try of it: a note whose answer was lost (the
  // phone's Wi-Fi dropped as it sent) is sent again with it and lands once.
  function newKey() {
    const bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes); // crypto.randomUUID needs https; the room is plain http
    return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  }

  // The room took the note though its answer was lost (or has not come yet): the stream's
  // "landed" event, or the map read on coming back, says so. It is done: not "Not sent yet".
  function noteLanded(note, held) {
    if (!note || note !== state.draft || !note.waiting || note.landed) return;
    note.landed = true;
    state.draft = null;
    if ($("text").value.trim() === note.text) $("text").value = "";
    keepDraft();
    $("unsent").hidden = true;
    updateCount();
    if (state.map) renderLanes();
    say(held ? t("Posted: the facilitator will place it on the map.") : t("Posted. Thank you!"));
  }

  function postNote(event) {
    event.preventDefault();
    sendNote();
  }

  let sending = false;
  async function sendNote() {
    const text = $("text").value.trim();
    if (!text) { say(t("Write something first."), true); return; }
    if (state.lost) { say(state.lost, true); return; }
    const length = Array.from(text).length;
    if (length > MAX_NOTE) {
      say(t("Your note has {0} characters; a note may have at most {1}. Shorten it or split it.", length, MAX_NOTE), true);
      return;
    }
    if (sending || state.ended) return;
    const lane = $("lane").value;
    const draft = state.draft;
    if (!draft || draft.text !== text || draft.stage !== state.stage || draft.lane !== lane) {
      state.draft = { text: text, stage: state.stage, lane: lane, key: newKey(), waiting: false };
    }
    state.draft.waiting = true; // until answered: a reload now sends it again, with its key
    keepDraft();
    const note = state.draft;
    const button = $("note").querySelector("button[type=submit]");
    button.disabled = true;
    sending = true;
    try {
      const made = await api("api/cards", {
        stage: note.stage, lane: note.lane, text: text, participant: state.name, key: note.key,
      });
      if (!made.held) upsert({ id: made.id, stage: note.stage, lane: note.lane, text: text, votes: 0 });
      if (note.landed) { // the stream said so first, and the page with it
        renderLanes();
        return;
      }
      state.draft = null;
      if ($("text").value.trim() === text) $("text").value = "";
      keepDraft();
      $("unsent").hidden = true;
      updateCount();
      renderLanes();
      say(made.held ? t("Posted: the facilitator will place it on the map.") : t("Posted. Thank you!"));
    } catch (error) {
      if (note.landed) return; // its answer was lost, but the room said it took the note
      if (!error.unreachable) { // refused: the participant decides what to do, also after a reload
        note.waiting = false;
        keepDraft();
      }
      if (error.unreachable && !state.ended) { // kept, said where it stays, sent again when the room is back
        $("unsent").textContent = t("Not sent yet: the room cannot be reached. Your note is still here and is sent when the room is back.");
        $("unsent").hidden = false;
      } else if (!state.ended) {
        say(error.message, true); // once ended, the page says so where it stays
      }
    } finally {
      sending = false;
      button.disabled = Boolean(state.ended);
    }
  }

  // Back in touch (the stream reopened, the phone woke or found the network): a note that could
  // not be sent goes out again, with its key, if it is still the text on the page.
  function resend() {
    resendDots();
    const note = state.draft;
    if (!state.map || !note || !note.waiting || state.ended || state.gone) return;
    if ($("text").value.trim() === note.text) sendNote();
  }

  // One key per dot given, the same on every try of it: a dot whose answer was lost is given again
  // with it (a tap on the same card meanwhile is that dot, not a second one) and counts once.
  let dotTimer = 0;
  async function castVote(cardId) {
    if (state.ended || state.gone) return;
    let dot = state.dots[cardId];
    if (dot && dot.name !== state.name) dot = null; // another name on this phone: its own dots
    if (!dot) {
      dot = state.dots[cardId] = { card: cardId, key: newKey(), name: state.name, sending: false };
      keepDots();
    }
    if (dot.sending) return;
    dot.sending = true;
    try {
      const result = await api("api/votes", { card: cardId, participant: dot.name, key: dot.key });
      if (state.dots[cardId] === dot) delete state.dots[cardId];
      keepDots();
      const given = state.given[cardId] || (state.given[cardId] = []);
      if (!given.includes(dot.key)) given.push(dot.key);
      keepGiven();
      state.dotsLeft = result.dots_left;
      const card = state.map && state.map.cards.find((c) => c.id === cardId);
      if (card) card.votes = result.votes;
      render();
      say(result.dots_left ? t("Dot given.") : t("That was your last dot."));
    } catch (error) {
      if (error.unreachable && !state.ended) { // kept with its key, given when the room is back
        if (state.map) renderLanes();
        say(t("Not given yet: the room cannot be reached. Your dot is given when the room is back."), true);
        if (!dotTimer) dotTimer = setTimeout(() => { dotTimer = 0; resendDots(); }, 5000); // and meanwhile
        return;
      }
      if (state.dots[cardId] === dot) delete state.dots[cardId]; // refused: the participant decides
      keepDots();
      if (error.status === 409) state.dotsLeft = 0;
      if (state.map) render();
      if (!state.ended) say(error.message, true);
    } finally {
      dot.sending = false;
    }
  }

  let takingBack = false;
  async function takeBack(cardId) {
    const keys = state.given[cardId] || [];
    if (!keys.length || takingBack || state.ended || state.gone) return;
    const key = keys[keys.length - 1]; // the latest dot given to that card; the same on a retry
    takingBack = true;
    try {
      const result = await api("api/unvotes", { card: cardId, participant: state.name, dot: key });
      forget(cardId, key);
      state.dotsLeft = result.dots_left;
      const card = state.map && state.map.cards.find((c) => c.id === cardId);
      if (card) card.votes = result.votes;
      if (state.map) render();
      say(t("Dot taken back."));
    } catch (error) {
      if (error.unreachable) {
        say(t("Not taken back: the room cannot be reached. Try again in a moment."), true);
        return;
      }
      if (error.status === 404) forget(cardId, key);
      if (state.map) render();
      if (!state.ended) say(error.message, true);
    } finally {
      takingBack = false;
    }
  }
  function forget(cardId, key) {
    const keys = (state.given[cardId] || []).filter((k) => k !== key);
    if (keys.length) state.given[cardId] = keys; else delete state.given[cardId];
    keepGiven();
  }

  function resendDots() {
    if (!state.map || state.ended || state.gone) return;
    for (const dot of Object.values(state.dots)) {
      if (dot.name !== state.name) {
        delete state.dots[dot.card]; // given under a name this phone no longer uses
        keepDots();
      } else if (!dot.sending) {
        castVote(dot.card);
      }
    }
  }

  async function rate(score) {
    try {
      await api("api/feelings", { stage: state.stage, score: score, participant: state.name });
      state.feelings[state.stage] = score;
      renderScale();
      say(t("Feeling saved."));
    } catch (error) {
      say(error.message, true);
    }
  }

  function updateCount() {
    const length = Array.from($("text").value.trim()).length;
    $("count").textContent = length + " / " + MAX_NOTE;
    $("count").classList.toggle("over", length > MAX_NOTE); // never cut: a pasted long text stays whole
  }

  // The live stream. Each event is numbered; a stream that ends (the room ends each after a few
  // minutes, so that a phone asleep does not hold one) is followed at once by the next, which
  // first sends what came meanwhile ("since" the last event this page had): nothing missed,
  // nothing twice, no reload. (The browser's own reconnection sends the same as Last-Event-ID.)
  function follow() {
    const live = $("live");
    let dropped = false;
    const since = state.eventId ? "?since=" + encodeURIComponent(state.eventId) : "";
    state.streamFrom = state.eventId || ""; // what this stream sends is everything after it
    events = new EventSource("api/events" + since);
    const stream = events;
    const on = (type, handle) => stream.addEventListener(type, (e) => {
      if (e.lastEventId) state.eventId = e.lastEventId;
      handle(e);
    });
    on("hello", (e) => { state.streamFrom = e.lastEventId; catchUp(); });
    on("renew", () => {
      if (stream !== events || state.gone) return;
      stream.close();
      follow();
    });
    stream.onopen = () => {
      live.textContent = t("Live");
      live.classList.add("on");
      // back after the room was closed for a while (same link): catch up on what changed, and
      // whether the note on its way landed, before sending it again
      if (dropped && state.map) load().then(resend).catch((error) => say(error.message, true));
      else resend();
      dropped = false;
    };
    stream.onerror = () => {
      if (state.gone) return;
      dropped = true;
      live.textContent = t("Reconnecting…");
      live.classList.remove("on");
      if (stream.readyState === EventSource.CLOSED) {
        // the server refused the stream (the browser gives up on its own): ask why, then retry
        api("api/map").catch(() => {}).finally(() => { if (!state.gone) setTimeout(follow, 5000); });
      }
    };
    on("card", (e) => {
      if (!state.map) return;
      upsert(JSON.parse(e.data).card);
      renderLanes();
    });
    on("card-removed", (e) => {
      if (!state.map) return;
      const id = JSON.parse(e.data).id;
      state.map.cards = state.map.cards.filter((c) => c.id !== id);
      renderLanes();
    });
    on("map", (e) => {
      state.streamFrom = e.lastEventId; // the map read now has all before it
      load().catch((error) => say(error.message, true));
    });
    on("ended", workshopEnded);
    on("feeling", () => {});
    on("landed", (e) => {
      const landed = JSON.parse(e.data);
      if (state.draft && state.draft.key === landed.key) noteLanded(state.draft, landed.held);
    });
  }

  // The stream started after the map was read (they go out together, and the stream can come
  // second): the events in between would be missed, so the next stream starts after the map's.
  function catchUp() {
    const [streamRoom, streamAt] = (state.streamFrom || "").split("-");
    const [mapRoom, mapAt] = (state.mapAt || "").split("-");
    if (!streamAt || !mapAt || streamRoom !== mapRoom || Number(streamAt) <= Number(mapAt)) return;
    if (!events || state.gone) return;
    events.close();
    state.eventId = state.mapAt;
    follow();
  }

  function enter() {
    $("join").hidden = true;
    $("room").hidden = false;
    load().then(resend).catch((error) => say(error.message, true));
  }

  function start() {
    translatePage();
    $("join").addEventListener("submit", (event) => {
      event.preventDefault();
      const name = $("name").value.trim().replace(/\s+/g, " ");
      if (!name) return;
      state.name = name;
      saveName(name);
      state.given = {};
      restoreGiven(); // the dots given under this name on this phone before
      enter();
    });
    $("note").addEventListener("submit", postNote);
    $("lane").addEventListener("change", () => {
      clearLost("lane"); // choosing a lane does not choose the stage that went
      $("lane").dataset.name = $("lane").selectedOptions[0].textContent;
      keepDraft();
    });
    // A phone that slept (its page frozen, the stream maybe dead without a word): catch up on waking.
    document.addEventListener("visibilitychange", () => {
      if (document.visibilityState !== "visible" || !state.map || state.gone) return;
      load().then(resend).catch((error) => say(error.message, true));
    });
    window.addEventListener("online", resend);
    $("text").addEventListener("input", () => { updateCount(); keepDraft(); });
    restoreDraft();
    restoreDots();
    state.name = savedName();
    restoreGiven();
    follow();
    if (state.name) {
      enter();
    } else {
      $("join").hidden = false;
      api("api/map").then((map) => {
        document.documentElement.dir = map.dir === "rtl" ? "rtl" : "ltr";
        $("title").textContent = map.title;
        document.title = map.title;
      }).catch((error) => say(error.message, true));
    }
  }

  start();
})();
