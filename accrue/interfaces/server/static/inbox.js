// The inbox's only script: send a decision to the JSON API and show what happened, in place.
"use strict";

function actionLine(a) {
  const done = a.status === "executed" && a.external_id ? ` → ${a.external_id}` : "";
  return `${a.id} ${a.title}: ${a.status}${done}`;
}

function showResult(section, run, decided) {
  const box = section.querySelector(".result");
  const mine = run.inbox.pending.concat(run.inbox.other).find((a) => a.id === decided);
  const word = mine && mine.status === "rejected" ? "Rejected" : "Approved";
  const lines = run.inbox.pending.concat(run.inbox.other).map(actionLine);
  box.className = "result ok";
  box.replaceChildren();
  const head = document.createElement("strong");
  const who = document.getElementById("who-name");
  const by = who ? ` by ${who.textContent}` : "";
  head.textContent = `${word}${by}. The run is now ${run.status.replace("_", " ")}.`;
  const list = document.createElement("ul");
  for (const line of lines) {
    const li = document.createElement("li");
    li.textContent = line;
    list.appendChild(li);
  }
  box.append(head, list);
  section.querySelectorAll("button, .reject-form").forEach((el) => { el.hidden = true; });
  section.classList.add("decided");
}

function showError(section, message) {
  const box = section.querySelector(".result");
  box.className = "result error";
  box.textContent = message;
  section.querySelectorAll("button").forEach((b) => { b.disabled = false; });
}

async function decide(section, runId, body) {
  section.querySelectorAll("button").forEach((b) => { b.disabled = true; });
  const box = section.querySelector(".result");
  box.className = "result";
  box.textContent = "Sending your decision…";
  try {
    const response = await fetch(`/api/runs/${encodeURIComponent(runId)}/decisions`, {
      method: "POST", credentials: "same-origin",
      headers: {"Content-Type": "application/json", "Accept": "application/json"},
      body: JSON.stringify(body),
    });
    const data = await response.json().catch(() => ({}));
    if (!response.ok) {
      const detail = Array.isArray(data.detail) ? data.detail.map((d) => d.msg).join("; ") : data.detail;
      showError(section, `Not done (${response.status}): ${detail || response.statusText}`);
      return;
    }
    showResult(section, data, (body.approve || body.reject)[0]);
  } catch (err) {
    showError(section, `Could not reach accrue: ${err}`);
  }
}

document.addEventListener("click", (event) => {
  const button = event.target.closest("button");
  if (!button) return;
  const section = button.closest(".action");
  if (!section) return;
  if (button.classList.contains("approve")) {
    decide(section, button.dataset.run, {approve: [button.dataset.action]});
  } else if (button.classList.contains("reject")) {
    const form = section.querySelector(".reject-form");
    form.hidden = false;
    form.querySelector("textarea").focus();
  } else if (button.classList.contains("cancel")) {
    section.querySelector(".reject-form").hidden = true;
  }
});

document.addEventListener("submit", (event) => {
  const form = event.target.closest(".reject-form");
  if (!form) return;
  event.preventDefault();
  const section = form.closest(".action");
  const button = section.querySelector("button.reject");
  const reason = form.querySelector("textarea").value.trim();
  if (!reason) return;
  decide(section, button.dataset.run, {reject: [button.dataset.action], reason});
});
