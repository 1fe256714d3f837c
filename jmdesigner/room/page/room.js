// The workshop room's participant page. Everything a participant or the map says is put
// on the page with textContent, never as HTML, so a note like <img onerror=…> stays text.
"use strict";
(function () {
  const state = { map: null, stage: null, name: "", dotsLeft: null, feelings: {} };
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
    const response = await fetch(path, options);
    let data = {};
    try { data = await response.json(); } catch (e) { data = {}; }
    if (!response.ok) {
      const error = new Error(data.error || "The room answered " + response.status + ".");
      error.status = response.status;
      throw error;
    }
    return data;
  }

  function savedName() {
    try { return localStorage.getItem("jmdesigner-room-name") || ""; } catch (e) { return ""; }
  }

  function saveName(name) {
    try { localStorage.setItem("jmdesigner-room-name", name); } catch (e) { /* private mode */ }
  }

  async function load() {
    const query = state.name ? "?participant=" + encodeURIComponent(state.name) : "";
    const map = await api("api/map" + query);
    state.map = map;
    if (typeof map.dots_left === "number") state.dotsLeft = map.dots_left;
    if (map.feelings) state.feelings = map.feelings;
    if (!map.stages.some((s) => s.id === state.stage)) state.stage = map.stages.length ? map.stages[0].id : null;
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
      button.addEventListener("click", () => { state.stage = stage.id; render(); });
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
      button.setAttribute("aria-label", "Feeling " + score + " of " + max);
      button.addEventListener("click", () => rate(score));
      box.append(button);
    }
    $("scale-low").textContent = min + ": very bad";
    $("scale-high").textContent = max + ": very good";
  }

  function renderLanes() {
    const box = $("lanes");
    box.replaceChildren();
    for (const lane of noteLanes()) {
      const section = el("section", "lane");
      section.append(el("h2", "", lane.name));
      const cards = state.map.cards.filter((c) => c.stage === state.stage && c.lane === lane.id);
      if (!cards.length) section.append(el("p", "empty", "No notes yet."));
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
    vote.setAttribute("aria-label", "Give a dot (" + card.votes + " so far)");
    vote.disabled = state.dotsLeft === 0;
    vote.addEventListener("click", () => castVote(card.id));
    item.append(vote);
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
    if (noteLanes().some((lane) => lane.id === before)) select.value = before;
  }

  function renderFooter() {
    $("who").textContent = state.name;
    const left = state.dotsLeft === null ? state.map.dots : state.dotsLeft;
    $("dots").textContent = "● " + left + (left === 1 ? " dot left" : " dots left");
  }

  function upsert(card) {
    const cards = state.map.cards;
    const at = cards.findIndex((c) => c.id === card.id);
    if (at >= 0) cards[at] = card; else cards.push(card);
  }

  async function postNote(event) {
    event.preventDefault();
    const text = $("text").value.trim();
    if (!text) { say("Write something first.", true); return; }
    const button = event.submitter || $("note").querySelector("button");
    button.disabled = true;
    try {
      const lane = $("lane").value;
      const made = await api("api/cards", { stage: state.stage, lane: lane, text: text, participant: state.name });
      upsert({ id: made.id, stage: state.stage, lane: lane, text: text, votes: 0 });
      $("text").value = "";
      updateCount();
      renderLanes();
      say("Posted. Thank you!");
    } catch (error) {
      say(error.message, true);
    } finally {
      button.disabled = false;
    }
  }

  async function castVote(cardId) {
    try {
      const result = await api("api/votes", { card: cardId, participant: state.name });
      state.dotsLeft = result.dots_left;
      const card = state.map.cards.find((c) => c.id === cardId);
      if (card) card.votes = result.votes;
      render();
      say(result.dots_left ? "Dot given." : "That was your last dot.");
    } catch (error) {
      if (error.status === 409) { state.dotsLeft = 0; render(); }
      say(error.message, true);
    }
  }

  async function rate(score) {
    try {
      await api("api/feelings", { stage: state.stage, score: score, participant: state.name });
      state.feelings[state.stage] = score;
      renderScale();
      say("Feeling saved.");
    } catch (error) {
      say(error.message, true);
    }
  }

  function updateCount() {
    $("count").textContent = $("text").value.length + " / 2000";
  }

  function follow() {
    const live = $("live");
    const events = new EventSource("api/events");
    events.onopen = () => { live.textContent = "Live"; live.classList.add("on"); };
    events.onerror = () => { live.textContent = "Reconnecting…"; live.classList.remove("on"); };
    events.addEventListener("card", (e) => {
      if (!state.map) return;
      upsert(JSON.parse(e.data).card);
      renderLanes();
    });
    events.addEventListener("card-removed", (e) => {
      if (!state.map) return;
      const id = JSON.parse(e.data).id;
      state.map.cards = state.map.cards.filter((c) => c.id !== id);
      renderLanes();
    });
    events.addEventListener("map", () => { load().catch((error) => say(error.message, true)); });
  }

  function enter() {
    $("join").hidden = true;
    $("room").hidden = false;
    load().catch((error) => say(error.message, true));
  }

  function start() {
    $("join").addEventListener("submit", (event) => {
      event.preventDefault();
      const name = $("name").value.trim().replace(/\s+/g, " ");
      if (!name) return;
      state.name = name;
      saveName(name);
      enter();
    });
    $("note").addEventListener("submit", postNote);
    $("text").addEventListener("input", updateCount);
    state.name = savedName();
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
