// The Storyline reader: a small hash-routed page over the JSON API.
// Every piece of data goes into the page through textContent or attribute setters, never as markup.
"use strict";

(function () {
  const main = document.getElementById("main");
  const form = document.getElementById("search-form");
  const input = document.getElementById("search-input");
  const SVG = "http://www.w3.org/2000/svg";
  const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
  const dateTimeFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", timeZone: "UTC", timeZoneName: "short" });

  // el("a", { href: "#/", class: "x" }, "text", child, ...): children are strings (as text) or nodes.
  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (name === "class") node.className = value;
      else node.setAttribute(name, value);
    }
    append(node, children);
    return node;
  }

  function append(node, children) {
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      node.append(typeof child === "string" || typeof child === "number" ? document.createTextNode(String(child)) : child);
    }
    return node;
  }

  function formatDate(value) {
    if (!value) return "undated";
    const date = new Date(value);
    return isNaN(date) ? String(value) : dateFormat.format(date);
  }

  function formatDateTime(value) {
    const date = new Date(value);
    return isNaN(date) ? String(value) : dateTimeFormat.format(date);
  }

  function plural(count, one, many) {
    return `${count} ${count === 1 ? one : many}`;
  }

  // Only web links leave the page; anything else (javascript:, data:) is shown as plain text.
  function safeUrl(value) {
    try {
      const url = new URL(value, window.location.href);
      return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
    } catch {
      return null;
    }
  }

  class ApiError extends Error {
    constructor(status, title, detail) {
      super(detail || title);
      this.status = status;
      this.title = title;
    }
  }

  async function getJson(path) {
    const response = await fetch(path, { headers: { Accept: "application/json" } });
    if (!response.ok) {
      let problem = {};
      try { problem = await response.json(); } catch { /* not a problem document */ }
      throw new ApiError(response.status, problem.title || response.statusText, problem.detail);
    }
    return response.json();
  }

  function show(...nodes) {
    main.replaceChildren(...nodes);
    window.scrollTo(0, 0);
  }

  function showError(error) {
    const title = error instanceof ApiError ? error.title : "Something went wrong";
    show(el("section", { class: "notice", role: "alert" },
      el("h1", {}, title),
      el("p", {}, error.message || ""),
      el("p", {}, el("a", { href: "#/" }, "Back to the stories"))));
    document.title = `${title} · Storyline`;
  }

  // A line of articles per period, drawn with SVG attributes only (the page allows no inline styles).
  function sparkline(activity) {
    const counts = (activity && activity.counts) || [];
    const width = 120, height = 28, pad = 2;
    const svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("class", "sparkline");
    svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
    svg.setAttribute("width", width);
    svg.setAttribute("height", height);
    svg.setAttribute("role", "img");
    const days = activity && activity.bucket_days > 1 ? `${activity.bucket_days} days` : "day";
    const label = document.createElementNS(SVG, "title");
    label.textContent = `Articles per ${days}: ${counts.join(", ")}`;
    svg.setAttribute("aria-label", label.textContent);
    svg.append(label);
    const base = document.createElementNS(SVG, "line");
    base.setAttribute("x1", pad);
    base.setAttribute("x2", width - pad);
    base.setAttribute("y1", height - pad + 0.5);
    base.setAttribute("y2", height - pad + 0.5);
    base.setAttribute("class", "spark-base");
    svg.append(base);
    if (counts.length === 0) return svg;
    const max = Math.max(...counts, 1);
    const y = (count) => height - pad - (count / max) * (height - 2 * pad);
    if (counts.length === 1) {
      // A story of a single day: one bar at the right end, where "now" is on a longer line.
      const bar = document.createElementNS(SVG, "rect");
      bar.setAttribute("x", width - pad - 4);
      bar.setAttribute("y", y(counts[0]));
      bar.setAttribute("width", 4);
      bar.setAttribute("height", height - pad - y(counts[0]));
      bar.setAttribute("class", "spark-bar");
      svg.append(bar);
      return svg;
    }
    const step = (width - 2 * pad) / (counts.length - 1);
    const points = counts.map((count, i) => `${(pad + i * step).toFixed(1)},${y(count).toFixed(1)}`);
    const area = document.createElementNS(SVG, "polygon");
    area.setAttribute("points", `${pad},${height - pad} ${points.join(" ")} ${width - pad},${height - pad}`);
    area.setAttribute("class", "spark-area");
    const line = document.createElementNS(SVG, "polyline");
    line.setAttribute("points", points.join(" "));
    line.setAttribute("class", "spark-line");
    svg.append(area, line);
    return svg;
  }

  // Snippets mark matched terms as [term]; they become <mark> elements holding text.
  function snippet(text) {
    const node = el("p", { class: "snippet" });
    const parts = String(text || "").split(/(\[[^\]]*\])/);
    for (const part of parts) {
      if (part.startsWith("[") && part.endsWith("]") && part.length > 2) node.append(el("mark", {}, part.slice(1, -1)));
      else if (part) node.append(document.createTextNode(part));
    }
    return node;
  }

  function storyCard(story) {
    const range = story.first_seen && story.last_seen && formatDate(story.first_seen) !== formatDate(story.last_seen)
      ? `${formatDate(story.first_seen)} – ${formatDate(story.last_seen)}`
      : formatDate(story.last_seen || story.first_seen);
    return el("li", { class: "story-card" },
      el("div", { class: "story-card-text" },
        el("h2", {}, el("a", { href: `#/stories/${story.id}` }, story.headline || "Untitled story")),
        el("p", { class: "meta" },
          el("span", {}, plural(story.sources, "source", "sources")),
          el("span", {}, plural(story.articles, "article", "articles")),
          el("span", {}, range))),
      sparkline(story.activity));
  }

  async function renderList(query) {
    const q = (query.get("q") || "").trim();
    input.value = q;
    const params = new URLSearchParams({ limit: "50" });
    if (q) params.set("q", q);
    const stories = await getJson(`/api/stories?${params}`);
    const heading = q ? `Stories about “${q}”` : "Latest stories";
    const nodes = [el("h1", { class: "page-title" }, heading)];
    if (stories.length === 0) {
      nodes.push(el("p", { class: "status" }, q ? "No story matches these words." : "No stories yet. Ingest some articles with `storyline ingest`."));
    } else {
      nodes.push(el("ol", { class: "story-list" }, stories.map(storyCard)));
    }
    if (q) {
      const hits = await getJson(`/api/search?${new URLSearchParams({ q, limit: "20" })}`);
      if (hits.length > 0) {
        nodes.push(el("section", { class: "section" },
          el("h2", { class: "section-title" }, "Matching articles"),
          el("ol", { class: "hit-list" }, hits.map((hit) => el("li", { class: "hit" },
            el("h3", {}, el("a", { href: `#/articles/${encodeURIComponent(hit.article)}?story=${hit.story}` }, hit.title || "Untitled")),
            el("p", { class: "meta" },
              el("span", {}, hit.source || "unknown source"),
              el("span", {}, formatDate(hit.published)),
              el("span", {}, "in ", el("a", { href: `#/stories/${hit.story}` }, hit.story_headline || `story ${hit.story}`))),
            snippet(hit.snippet))))));
      }
    }
    document.title = q ? `${q} · Storyline` : "Storyline";
    show(...nodes);
  }

  function citationLinks(citations, story, sourceOf) {
    return el("span", { class: "citations" }, (citations || []).map((citation) =>
      el("a", {
        class: "citation",
        href: `#/articles/${encodeURIComponent(citation.article)}?story=${story.id}`,
        title: citation.sentence || null,
      }, sourceOf(citation.article))));
  }

  function section(title, className, ...children) {
    return el("section", { class: `section ${className}` }, el("h2", { class: "section-title" }, title), ...children);
  }

  async function renderStory(id) {
    const story = await getJson(`/api/stories/${encodeURIComponent(id)}`);
    const articles = story.articles || [];
    const byId = new Map(articles.map((a) => [a.id, a]));
    // A citation reads as its outlet; a report that names none, as the start of its headline, so two such reports differ.
    const sourceOf = (articleId) => {
      const article = byId.get(articleId) || {};
      const title = String(article.title || "").trim();
      return article.source || (title ? (title.length > 28 ? `${title.slice(0, 27).trimEnd()}…` : title) : "unknown source");
    };
    const dates = articles.map((a) => a.published).filter(Boolean).sort();
    const nodes = [
      el("p", { class: "crumbs" }, el("a", { href: "#/" }, "← All stories")),
      el("h1", { class: "headline" }, story.headline || "Untitled story"),
      el("p", { class: "meta" },
        el("span", {}, plural((story.sources || []).length, "source", "sources")),
        el("span", {}, `${story.independent_sources ?? 0} independent`),
        el("span", {}, plural(articles.length, "article", "articles")),
        dates.length ? el("span", {}, dates.length > 1 && formatDate(dates[0]) !== formatDate(dates[dates.length - 1])
          ? `${formatDate(dates[0])} – ${formatDate(dates[dates.length - 1])}` : formatDate(dates[0])) : null),
    ];
    if (story.summary) nodes.push(el("p", { class: "summary" }, story.summary));

    const timeline = story.timeline || [];
    if (timeline.length) {
      nodes.push(section("Timeline", "timeline", el("ol", { class: "timeline-list" }, timeline.map((event) =>
        el("li", {},
          el("time", { datetime: event.date }, event.date),
          el("div", {},
            el("p", {}, event.text,
              // What came long before the story, and what was still to come when its latest report was written.
              event.background ? el("span", { class: "tag" }, "background") : event.expected ? el("span", { class: "tag" }, "expected") : null),
            citationLinks(event.citations, story, sourceOf)))))));
    }

    const claims = story.claims || [];
    if (claims.length) {
      nodes.push(section("What the sources say", "claims", el("ul", { class: "claim-list" }, claims.map((claim) => {
        const status = ["conflict", "updated"].includes(claim.status) ? claim.status : "agree";
        const badges = { conflict: "Sources disagree", updated: "Figure updated", agree: "Sources agree" };
        return el("li", { class: `claim ${status}` },
          el("div", { class: "claim-head" },
            el("span", { class: "claim-about" }, claim.latest ? `${claim.about}: now ${claim.latest}` : claim.about),
            el("span", { class: "badge" }, badges[status])),
          el("ul", { class: "claim-values" }, (claim.values || []).map((value) =>
            el("li", {}, el("span", { class: "claim-value" }, value.value),
              // An updated figure reads as a sequence: when each value was first given.
              status === "updated" && value.first_reported
                ? el("time", { class: "muted", datetime: value.first_reported }, `from ${formatDateTime(value.first_reported)}`) : null,
              citationLinks(value.citations, story, sourceOf)))));
      }))));
    }

    const entities = story.entities || [];
    if (entities.length) {
      nodes.push(section("People, organisations and places", "entities", el("ul", { class: "entity-list" }, entities.map((entity) =>
        el("li", {},
          el("span", { class: "entity-name" }, entity.name),
          el("span", { class: `entity-type type-${String(entity.type || "other").replace(/[^a-z]/g, "")}` }, entity.type || "other"),
          (entity.aliases || []).length ? el("span", { class: "aliases" }, "also ", entity.aliases.join(", ")) : null)))));
    }

    const sources = story.sources || [];
    if (sources.length) {
      // Reports whose outlet nothing names each count as a source of their own: one line says so instead of a row of "unknown".
      const unnamed = sources.filter((source) => source.name === "unknown");
      const items = sources.filter((source) => source.name !== "unknown").map((source) =>
        el("li", {}, el("span", { class: "source-name" }, source.name),
          el("span", { class: "muted" }, plural(source.articles, "article", "articles"))));
      if (unnamed.length) {
        const articles = unnamed.reduce((sum, source) => sum + (source.articles || 0), 0);
        items.push(el("li", { class: "unnamed-sources" }, el("span", { class: "source-name" }, "unknown"),
          el("span", { class: "muted" }, `${plural(articles, "article", "articles")} from outlets not named, each counted as a source of its own`)));
      }
      nodes.push(section("Sources", "sources", el("ul", { class: "source-list" }, items)));
    }

    nodes.push(section("Articles", "articles", el("ol", { class: "article-list" }, articles.map((article) =>
      el("li", {},
        el("a", { href: `#/articles/${encodeURIComponent(article.id)}?story=${story.id}` }, article.title || "Untitled"),
        el("p", { class: "meta" },
          el("span", {}, article.source || "unknown source"),
          el("span", {}, formatDate(article.published)),
          article.duplicate_of ? el("span", { class: "tag" }, `copy of ${sourceOf(article.duplicate_of)}`) : null))))));

    document.title = `${story.headline} · Storyline`;
    show(...nodes);
  }

  async function renderArticle(id, query) {
    const article = await getJson(`/api/articles/${encodeURIComponent(id)}`);
    const story = query.get("story");
    const link = safeUrl(article.url);
    const paragraphs = String(article.text || "").split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
    show(
      el("p", { class: "crumbs" }, story && /^\d+$/.test(story)
        ? el("a", { href: `#/stories/${story}` }, "← Back to the story")
        : el("a", { href: "#/" }, "← All stories")),
      el("article", { class: "article" },
        el("h1", { class: "headline" }, article.title || "Untitled"),
        el("p", { class: "meta" },
          el("span", {}, article.source || "unknown source"),
          article.byline ? el("span", {}, article.byline) : null,
          el("span", {}, formatDate(article.published)),
          link ? el("a", { href: link, rel: "noopener noreferrer nofollow", target: "_blank" }, "Original") : null),
        el("div", { class: "article-body" }, paragraphs.map((p) => el("p", {}, p)))));
    document.title = `${article.title} · Storyline`;
  }

  async function route() {
    const hash = window.location.hash.replace(/^#/, "") || "/";
    const [path, search] = hash.split("?", 2);
    const query = new URLSearchParams(search || "");
    const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
    try {
      if (parts[0] === "stories" && parts[1]) await renderStory(parts[1]);
      else if (parts[0] === "articles" && parts[1]) await renderArticle(parts[1], query);
      else await renderList(query);
    } catch (error) {
      showError(error);
    }
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const q = input.value.trim();
    const target = q ? `#/?${new URLSearchParams({ q })}` : "#/";
    if (window.location.hash === target) route();
    else window.location.hash = target;
  });
  window.addEventListener("hashchange", route);
  route();
})();
