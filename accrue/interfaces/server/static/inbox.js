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

// Corrections of a run in needs_review: the words a person selects on a page become the quote of the form
// they last touched; submitting sends the value (and quote) to the JSON API, which plans the run again.
let lastForm = null;

document.addEventListener("focusin", (event) => {
  const form = event.target.closest(".correct-form");
  if (form) lastForm = form;
});

document.addEventListener("mouseup", (event) => {
  const page = event.target.closest(".page-text");
  if (!page) return;
  const section = page.closest(".review");
  const form = lastForm && section.contains(lastForm) ? lastForm : section.querySelector(".correct-form");
  const quote = window.getSelection().toString().replace(/\s+/g, " ").trim();
  if (!form || !quote) return;
  form.querySelector("input[name=quote]").value = quote;
  form.querySelector("input[name=page]").value = page.dataset.page;
  form.querySelector("q.quote").textContent = quote;
});

document.addEventListener("submit", async (event) => {
  const form = event.target.closest(".correct-form");
  if (!form) return;
  event.preventDefault();
  const box = form.querySelector(".result");
  const value = form.querySelector("input[name=value]").value.trim();
  const quote = form.querySelector("input[name=quote]").value;
  const page = form.querySelector("input[name=page]").value;
  const edit = {path: form.dataset.path, value};
  if (quote && page) edit.citation = {page: Number(page), quote};
  box.className = "result";
  box.textContent = "Sending your correction…";
  try {
    const response = await fetch(`/api/runs/${encodeURIComponent(form.dataset.run)}/corrections`, {
      method: "POST", credentials: "same-origin",
      headers: {"Content-Type": "application/json", "Accept": "application/json"},
      body: JSON.stringify({corrections: [edit]}),
    });
    const data = await response.json().catch(() => ({}));
    if (!response.ok) {
      const detail = Array.isArray(data.detail) ? data.detail.map((d) => d.msg).join("; ") : data.detail;
      box.className = "result error";
      box.textContent = `Not done (${response.status}): ${detail || response.statusText}`;
      return;
    }
    box.className = "result ok";
    box.textContent = `Corrected ${form.dataset.path.replace(/_/g, " ")} to ${value}. `
      + `The run is now ${data.status.replace("_", " ")}.`;
  } catch (err) {
    box.className = "result error";
    box.textContent = `Could not reach accrue: ${err}`;
  }
});
