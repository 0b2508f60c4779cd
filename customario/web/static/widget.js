// Survey widget: text sessions over the session API; voice sessions join the LiveKit room.
"use strict";
(function () {
  const body = document.body;
  const survey = body.dataset.survey;
  const token = body.dataset.token;
  const byId = (id) => document.getElementById(id);
  let session = null;

  function headers() {
    const h = {"Content-Type": "application/json", "Accept": "application/json"};
    if (token) h["Authorization"] = "Bearer " + token;
    return h;
  }

  async function api(path, payload) {
    const res = await fetch(path, {method: "POST", headers: headers(), body: JSON.stringify(payload || {})});
    const data = await res.json().catch(() => ({}));
    if (!res.ok) { const e = new Error((data.error && data.error.message) || ("HTTP " + res.status)); e.status = res.status; throw e; }
    return data;
  }

  function say(role, text) {
    const li = document.createElement("li");
    li.className = role;
    li.textContent = text;
    byId("log").appendChild(li);
    li.scrollIntoView({block: "end"});
  }

  function fail(e) { byId("error").textContent = e.message; }

  function respondent() {
    const email = byId("email").value.trim();
    return email ? {email} : {};
  }

  async function complete() {
    byId("reply").hidden = true;
    const out = await api("/api/sessions/" + session.session_id + "/complete");
    byId("result").textContent = out.message;
    body.dataset.state = "completed";
  }

  async function startText() {
    byId("start").hidden = true;
    try {
      session = await api("/api/surveys/" + encodeURIComponent(survey) + "/sessions", {mode: "text", respondent: respondent()});
      session.opening.forEach((line) => say("agent", line));
      body.dataset.state = "talking";
      if (session.ended) return complete();
      byId("reply").hidden = false;
      byId("answer").focus();
    } catch (e) { fail(e); byId("start").hidden = false; }
  }

  byId("reply").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const input = byId("answer");
    const text = input.value.trim();
    if (!text) return;
    input.value = "";
    say("caller", text);
    byId("send").disabled = true;
    try {
      const out = await api("/api/sessions/" + session.session_id + "/messages", {text});
      out.replies.forEach((line) => say("agent", line));
      if (out.ended) await complete();
    } catch (e) { fail(e); }
    finally { byId("send").disabled = false; input.focus(); }
  });

  async function startVoice() {
    if (!window.LivekitClient) { fail(new Error("The voice client did not load.")); return; }
    byId("start").hidden = true;
    try {
      session = await api("/api/surveys/" + encodeURIComponent(survey) + "/sessions", {mode: "voice", respondent: respondent()});
      const lk = window.LivekitClient;
      const room = new lk.Room({adaptiveStream: true, dynacast: true});
      room.on(lk.RoomEvent.TrackSubscribed, (track) => {
        if (track.kind === "audio") document.body.appendChild(track.attach());
      });
      room.on(lk.RoomEvent.Disconnected, async () => {
        byId("voice-state").textContent = "call ended";
        for (let i = 0; i < 20; i++) {        // the agent records the end of the call, then we complete
          try { return await complete(); }
          catch (e) { if (e.status !== 409) return fail(e); await new Promise((r) => setTimeout(r, 1500)); }
        }
      });
      byId("voice").hidden = false;
      await room.connect(session.livekit.url, session.livekit.token);
      await room.localParticipant.setMicrophoneEnabled(true);
      byId("voice-state").textContent = "connected: speak when the agent greets you";
      byId("hangup").onclick = () => room.disconnect();
    } catch (e) { fail(e); byId("start").hidden = false; }
  }

  byId("start-text").addEventListener("click", startText);
  if (body.dataset.voice === "1") {
    const s = document.createElement("script");
    s.src = "/static/vendor/livekit-client.umd.js";
    s.onload = () => { byId("start-voice").hidden = false; };
    document.head.appendChild(s);
    byId("start-voice").addEventListener("click", startVoice);
  }
})();
