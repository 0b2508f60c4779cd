// Supervisor dashboard: state arrives as server-sent events (no polling); hold timers tick locally.
"use strict";
(function () {
  const csrf = document.querySelector('meta[name="csrf-token"]').content;
  const byId = (id) => document.getElementById(id);
  let skew = 0;            // server clock minus browser clock, seconds
  let state = null;

  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }

  function holdText(r) {
    if (r.hold_state !== "waiting") return r.status === "timed-out" ? "timed out: callback owed" : (r.hold_state || "");
    const since = Date.parse(r.created_at) / 1000;
    const secs = Math.max(0, Math.floor(Date.now() / 1000 + skew - since));
    return "on hold " + Math.floor(secs / 60) + ":" + String(secs % 60).padStart(2, "0");
  }

  async function post(url, form) {
    const body = new URLSearchParams(new FormData(form));
    const res = await fetch(url, {method: "POST", body, credentials: "same-origin",
      headers: {"Accept": "application/json", "X-CSRF-Token": csrf}});
    const data = await res.json().catch(() => ({}));
    if (!res.ok) throw new Error((data.error && data.error.message) || ("HTTP " + res.status));
    return data;
  }

  function wire(form, url, node) {
    form.querySelector('input[name="csrf"]').value = csrf;
    form.addEventListener("submit", async (ev) => {
      ev.preventDefault();
      const err = node.querySelector(".error");
      err.textContent = "";
      form.querySelectorAll("button").forEach((b) => (b.disabled = true));
      try { await post(url, form); node.classList.add("resolved"); }
      catch (e) { err.textContent = e.message; form.querySelectorAll("button").forEach((b) => (b.disabled = false)); }
    });
  }

  function renderRequests(list) {
    const box = byId("requests");
    const keep = new Map([...box.children].map((n) => [n.dataset.id, n]));
    const tpl = byId("request-tpl");
    const wanted = new Set(list.map((r) => String(r.id)));
    for (const [id, node] of keep) if (!wanted.has(id)) node.remove();
    list.forEach((r, i) => {
      let node = keep.get(String(r.id));
      if (!node) {
        node = tpl.content.firstElementChild.cloneNode(true);
        node.dataset.id = r.id;
        node.id = "request-" + r.id;
        wire(node.querySelector(".answer-form"), "/supervisor/requests/" + r.id + "/answer", node);
        wire(node.querySelector(".dismiss-form"), "/supervisor/requests/" + r.id + "/dismiss", node);
      }
      node.dataset.createdAt = r.created_at;
      node.dataset.holdState = r.hold_state || "";
      node.dataset.status = r.status;
      node.querySelector(".priority").textContent = r.priority;
      node.querySelector(".priority").className = "priority p-" + r.priority;
      node.querySelector(".hold").textContent = holdText(r);
      node.querySelector(".meta").textContent = "#" + r.id + " · " + (r.campaign || "") + (r.caller ? " · " + r.caller : "") +
        (r.assigned_to ? " · for " + r.assigned_to : "");
      node.querySelector(".question").textContent = r.question;
      const ctx = node.querySelector(".context");
      ctx.replaceChildren(...(r.context || []).map((t) => el("li", t.role + ": " + t.text, "turn-" + t.role)));
      if (box.children[i] !== node) box.insertBefore(node, box.children[i] || null);
    });
    byId("open-count").textContent = list.length;
    byId("no-requests").hidden = list.length > 0;
  }

  function renderFollowups(list) {
    const table = byId("followups");
    table.replaceChildren();
    list.forEach((f) => {
      const tr = el("tr");
      tr.id = "followup-" + f.id;
      [f.status, f.reason, f.caller || "", f.question, f.answer || ""].forEach((v) => tr.appendChild(el("td", v)));
      const td = el("td");
      ["done", "cancel"].forEach((action) => {
        const form = el("form");
        form.appendChild(Object.assign(document.createElement("input"), {type: "hidden", name: "csrf"}));
        form.appendChild(el("button", action));
        const holder = el("span"); holder.appendChild(form); holder.appendChild(el("span", "", "error"));
        wire(form, "/supervisor/followups/" + f.id + "/" + action, holder);
        td.appendChild(holder);
      });
      tr.appendChild(td);
      table.appendChild(tr);
    });
    byId("no-followups").hidden = list.length > 0;
  }

  function renderKb(list) {
    const box = byId("kb");
    box.replaceChildren();
    if (list === null || list === undefined) { byId("no-kb").textContent = "This customario has no review queue."; return; }
    list.forEach((a) => {
      const art = el("article", null, "kb-item");
      art.id = "kb-" + a.id;
      art.appendChild(el("p", a.question, "question"));
      if (a.personal) art.appendChild(el("p", "personal data: " + a.personal, "meta"));
      if (a.redacted_answer && a.redacted_answer !== a.answer) art.appendChild(el("p", "redacted: " + a.redacted_answer, "meta"));
      const form = el("form");
      form.appendChild(Object.assign(document.createElement("input"), {type: "hidden", name: "csrf"}));
      const ta = el("textarea"); ta.name = "answer"; ta.value = a.answer || ""; ta.rows = 2; form.appendChild(ta);
      const red = el("label"); red.appendChild(Object.assign(document.createElement("input"), {type: "checkbox", name: "redacted"}));
      red.appendChild(document.createTextNode(" approve the redacted text"));
      form.appendChild(red);
      art.appendChild(form);
      art.appendChild(el("p", "", "error"));
      [["approve", "Approve"], ["edit", "Approve edited"], ["reject", "Reject"]].forEach(([action, label]) => {
        const b = el("button", label); b.type = "button"; b.className = "kb-" + action;
        b.addEventListener("click", async () => {
          art.querySelector(".error").textContent = "";
          try { await post("/supervisor/kb/" + a.id + "/" + action, form); art.classList.add("resolved"); }
          catch (e) { art.querySelector(".error").textContent = e.message; }
        });
        art.appendChild(b);
      });
      form.querySelector('input[name="csrf"]').value = csrf;
      box.appendChild(art);
    });
    byId("no-kb").hidden = list.length > 0;
  }

  function renderResolved(list) {
    byId("resolved").replaceChildren(...list.map((r) => el("li",
      "#" + r.id + " " + r.status + (r.answered_by ? " by " + r.answered_by : "") + ": " + r.question +
      (r.answer ? " → " + r.answer : ""))));
  }

  function render(s) {
    state = s;
    skew = s.server_time - Date.now() / 1000;
    renderRequests(s.requests || []);
    renderFollowups(s.followups || []);
    renderKb(s.kb_review);
    renderResolved(s.resolved || []);
    document.body.dataset.version = s.version;
    window.customarioDashboard = {version: s.version, receivedAt: Date.now(), state: s};
    document.dispatchEvent(new CustomEvent("customario:state", {detail: s}));
  }

  // Hold timers: local clock only (no request).
  setInterval(() => {
    if (!state) return;
    (state.requests || []).forEach((r) => {
      const node = document.getElementById("request-" + r.id);
      if (node) node.querySelector(".hold").textContent = holdText(r);
    });
  }, 1000);

  const conn = byId("connection");
  const source = new EventSource("/supervisor/events");
  source.addEventListener("state", (ev) => render(JSON.parse(ev.data)));
  source.onopen = () => { conn.textContent = "live"; conn.dataset.state = "live"; };
  source.onerror = () => { conn.textContent = "reconnecting…"; conn.dataset.state = "reconnecting"; };
})();
