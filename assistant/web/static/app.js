// The chat page: sends each question to the API and shows the answer.
// Every piece of text from the server or the user goes in with textContent,
// never as HTML, so an answer or a question can never run script or add markup.
"use strict";

(() => {
  const form = document.getElementById("ask");
  const input = document.getElementById("question");
  const send = document.getElementById("send");
  const messages = document.getElementById("messages");
  const chat = document.getElementById("chat");
  const restart = document.getElementById("new-conversation");

  let conversation = null; // the id the server gave with the last answer
  let generation = 0; // bumped by "New conversation": late answers to old questions are dropped
  let busy = false;

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function add(kind, label) {
    const item = element("li", `message ${kind}`);
    item.append(element("span", "visually-hidden", label));
    messages.append(item);
    chat.scrollTop = chat.scrollHeight;
    return item;
  }

  // The answer without its closing reminder line, and that line, so it can be dimmed.
  function splitReminder(answer, reminder) {
    const text = answer.trimEnd();
    const line = (reminder || "").trim();
    if (line && text.endsWith(line)) return [text.slice(0, -line.length).trimEnd(), line];
    return [text, ""];
  }

  function showAnswer(item, data) {
    item.className = "message assistant";
    item.replaceChildren(element("span", "visually-hidden", "Assistant:"));
    const [body, reminder] = splitReminder(data.answer, data.reminder);
    item.append(element("p", "answer", body));
    if (reminder) item.append(element("p", "reminder", reminder));
    if (data.sources && data.sources.length) {
      const details = element("details", "sources");
      details.append(element("summary", "", "Sources"));
      const list = element("ul");
      for (const source of data.sources) list.append(element("li", "", source));
      details.append(list);
      item.append(details);
    }
  }

  function showProblem(item, message) {
    item.className = "message problem";
    item.setAttribute("role", "alert");
    item.replaceChildren(element("p", "", message));
  }

  async function ask(question) {
    const asked = generation;
    busy = true;
    send.disabled = true;
    add("user", "You:").append(element("p", "", question));
    const pending = add("assistant pending", "Assistant:");
    pending.append(element("p", "", "Looking that up…"));
    let response, data;
    try {
      response = await fetch("api/ask", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ question, conversation }),
      });
      data = await response.json().catch(() => null);
    } catch {
      response = null;
    }
    if (asked !== generation) { // the visitor started over while this was on its way
      if (data && data.conversation) forget(data.conversation);
      return;
    }
    busy = false;
    send.disabled = false;
    if (!response) {
      showProblem(pending, "Could not reach the assistant. Check the connection and try again.");
    } else if (!response.ok || !data) {
      showProblem(pending, (data && data.message) || `The server answered ${response.status}.`);
    } else {
      if (data.notice) messages.insertBefore(element("li", "message notice", data.notice), pending);
      conversation = data.conversation;
      showAnswer(pending, data);
    }
    chat.scrollTop = chat.scrollHeight;
  }

  function forget(id) {
    fetch(`api/conversations/${encodeURIComponent(id)}`, { method: "DELETE" }).catch(() => {});
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const question = input.value.trim();
    if (!question || busy) return;
    input.value = "";
    ask(question);
  });

  restart.addEventListener("click", () => {
    if (conversation) forget(conversation);
    conversation = null;
    generation += 1;
    busy = false;
    send.disabled = false;
    messages.replaceChildren();
    input.value = "";
    input.focus();
  });

  for (const button of document.querySelectorAll("button.example")) {
    button.addEventListener("click", () => {
      if (busy) return;
      ask(button.textContent);
      input.focus();
    });
  }

  input.focus();
})();
