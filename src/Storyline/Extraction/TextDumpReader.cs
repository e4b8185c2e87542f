using System.Text;
using System.Text.RegularExpressions;
using Storyline.Text;

namespace Storyline.Extraction;

/// <summary>What the line classifier found in a text dump.</summary>
internal sealed record DumpArticle(string Title, string Body, string? Byline, DateTimeOffset? Published, string? Site, string Evidence);

/// <summary>A paragraph of a dump: consecutive non-empty lines (a rendered page wraps long paragraphs).</summary>
internal sealed record DumpBlock(int FirstLine, int LastLine, string Text, int Indent, bool IsBullet, bool IsTemplate)
{
    /// <summary>A list item numbered "1." or "2)" rather than marked with a symbol.</summary>
    public bool IsNumbered => Number > 0;

    /// <summary>The number of a numbered list item, 0 for any other paragraph.</summary>
    public int Number { get; init; }

    public int Weight { get; } = TextWeight.Of(Text);

    public bool EndsLikeSentence => Text.Length > 0 && ".!?…\"”’»:;)。！？」』".Contains(Text[^1], StringComparison.Ordinal);

    /// <summary>Reads as article prose: ends like a sentence, or is long and has sentences inside (a long line of joined menu labels has none).</summary>
    public bool IsProse => !IsBullet && ((Weight >= 40 && EndsLikeSentence) || (Weight >= 100 && HasSentenceBreak) || IsRunningText);

    /// <summary>
    /// A long sentence that lost its full stop: mostly lower-case words, where menus, link runs and headlines
    /// are mostly capitalised labels.
    /// </summary>
    public bool IsRunningText
    {
        get
        {
            var words = Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (Weight < 130 || words.Length < 18)
            {
                return false;
            }
            var lower = words.Count(w => char.IsLower(w[0]));
            var cased = words.Count(w => char.IsLetter(w[0]) && (char.IsLower(w[0]) || char.IsUpper(w[0])));
            return lower >= 0.6 * cased && cased >= 0.6 * words.Length;
        }
    }

    private bool HasSentenceBreak => Text.Contains(". ", StringComparison.Ordinal) || Text.Contains(", ", StringComparison.Ordinal)
        || Text.Contains('。') || Text.Contains('，') || Text.Contains("? ", StringComparison.Ordinal);
}

/// <summary>
/// Reads a text dump of a rendered page: splits it into paragraphs, scores each as prose or chrome (link-list bullets,
/// menu runs, labels, counters, notices, repeated blocks, site-template lines), keeps the best-scoring run of
/// paragraphs, and picks the headline, byline, dateline and site name from the chrome around it.
/// </summary>
internal static partial class TextDumpReader
{
    private const int MaxLines = 50_000;

    /// <summary>Reads one dump; <paramref name="url"/>, when known, helps tell the headline from other short lines.</summary>
    public static DumpArticle Read(string dump, SiteTemplate? template, string? url = null)
    {
        var blocks = Split(dump, template);
        if (blocks.Count == 0)
        {
            return new DumpArticle("", "", null, null, null, "empty dump");
        }
        // Each paragraph's text as compared, and where each text that stands more than once stands, in order.
        var keys = blocks.Select(b => Normalise(b.Text)).ToArray();
        var copies = Enumerable.Range(0, keys.Length).GroupBy(i => keys[i], StringComparer.Ordinal).Where(g => g.Count() > 1)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var repeated = copies.Keys.ToHashSet(StringComparer.Ordinal);
        var chromeRepeats = WithoutRecurringHeadings(blocks, keys, copies);
        var chrome = blocks.Select(b => IsChrome(b, chromeRepeats)).ToArray();
        // A paragraph printed twice in a row is a caption shown with its image and again below it: an article never
        // says the same thing twice running. A long one is left out but costs nothing, as a gallery inside an article
        // must not split it; a short one is chrome like any other repeat (IsChrome).
        var echoes = new bool[blocks.Count];
        for (var i = 0; i + 1 < blocks.Count; i++)
        {
            if (blocks[i].Weight >= 150 && string.Equals(keys[i], keys[i + 1], StringComparison.Ordinal))
            {
                echoes[i] = echoes[i + 1] = true;
            }
        }
        for (var i = 0; i + 1 < blocks.Count; i++)
        {
            // "1. Drink water" followed by a paragraph is a numbered subheading of a listicle, not a link list.
            chrome[i] &= !(blocks[i].IsNumbered && !blocks[i].IsTemplate && !blocks[i + 1].IsBullet && blocks[i + 1].IsProse && !chrome[i + 1]);
        }
        for (var i = 0; i < blocks.Count; i++)
        {
            // A short paragraph cut off with an ellipsis is a teaser, unless it follows article prose and has
            // sentences of its own: then it is the article's last paragraph before a paywall.
            // An ellipsis set apart from the last word ("... the way to …", "[…]") is a site cutting an excerpt to length,
            // however long the excerpt is.
            var paragraph = blocks[i].Text;
            var cut = (blocks[i].Weight < 400 && (paragraph.EndsWith("...", StringComparison.Ordinal) || paragraph.EndsWith('…')))
                || (blocks[i].Weight < 1500 && DetachedEllipsis().IsMatch(paragraph));
            var paywalled = i > 0 && !chrome[i - 1] && blocks[i - 1].IsProse && blocks[i].Text.Contains(". ", StringComparison.Ordinal);
            chrome[i] |= cut && !paywalled;
        }
        var values = new double[blocks.Count];
        var proseSoFar = 0.0;
        var rules = blocks.Count(b => HorizontalRule().IsMatch(b.Text));
        var pastArticleEnd = false;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (IsSectionBreak(blocks[i].Text))
            {
                // "Related articles" boxes also sit inside articles, so a section heading is a cost, not a wall.
                values[i] = IsArticleEnd(blocks[i].Text) ? -600 : -250;
                chrome[i] = true;
                // Comments, navigation and recommendations follow the article: prose past such a heading
                // (once a good run of prose has been seen) is probably not the article.
                pastArticleEnd |= proseSoFar >= 400 && IsArticleEnd(blocks[i].Text);
                continue;
            }
            if (proseSoFar >= 400 && rules <= 2 && HorizontalRule().IsMatch(blocks[i].Text))
            {
                // A lone drawn rule after the article's prose closes it: an "about us" box or the footer follows.
                // Pages that draw many rules use them as section dividers inside the article instead.
                values[i] = -600;
                chrome[i] = true;
                pastArticleEnd = true;
                continue;
            }
            if (echoes[i])
            {
                chrome[i] = true;
                continue;
            }
            var value = Value(blocks[i], chrome[i]);
            if (value > 0)
            {
                // A paragraph between two non-paragraphs is a teaser excerpt more often than article text.
                var isolated = blocks[i].Weight < 350 && !NeighbourIsProse(blocks, chrome, i, -1) && !NeighbourIsProse(blocks, chrome, i, +1);
                value *= (isolated ? 0.5 : 1) * (pastArticleEnd ? 0.5 : 1);
                proseSoFar += value;
            }
            values[i] = value;
        }

        // A long stretch of chrome (a menu, an inline box of links) costs less per block after the first few
        // hundred characters, so an inline box cannot split an article as surely as it marks its end.
        var stretch = 0.0;
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] >= 0)
            {
                stretch = 0;
                continue;
            }
            var before = stretch;
            stretch -= values[i];
            values[i] = -(Damp(stretch) - Damp(before));
        }

        // The article is the run of paragraphs with the highest net value (Kadane's maximum subarray).
        var (start, end) = BestRun(values);
        if (start < 0)
        {
            var fallback = TitleIndex(blocks, repeated, blocks.Count - 1, new TitleClues("", url));
            return new DumpArticle(fallback >= 0 ? blocks[fallback].Text : "", "", null, null, Site(blocks), "no prose run");
        }
        var body = new List<DumpBlock>();
        for (var i = start; i <= end; i++)
        {
            if (!chrome[i] && !IsCaption(blocks, i) && !(blocks[i].Weight < 25 && !blocks[i].EndsLikeSentence && !blocks[i].IsNumbered))
            {
                body.Add(blocks[i]);
            }
        }
        var listEnd = AnnouncedListEnd(blocks, end);
        listEnd = listEnd > end ? listEnd : AnnouncedQuoteEnd(blocks, start, end);
        listEnd = listEnd > end ? listEnd : AnnouncedBulletsEnd(blocks, chrome, end);
        for (var i = end + 1; i <= listEnd; i++)
        {
            if (!Markup().IsMatch(blocks[i].Text))
            {
                body.Add(blocks[i]);
            }
        }
        end = listEnd;
        body.RemoveAll(b => b.Weight < 120 && Bylines.FromLine(b.Text) is not null);
        var titleIndex = TitleIndex(blocks, repeated, start, new TitleClues(string.Join(' ', body.Take(3).Select(b => b.Text)), url));
        var title = titleIndex >= 0 ? blocks[titleIndex].Text : "";
        var byline = FindByline(blocks, start, end) ?? NameUnderHeadline(blocks, titleIndex, start) ?? NameFromBio(blocks, start, end);
        body.RemoveAll(b => title.Length > 0 && string.Equals(b.Text, title, StringComparison.Ordinal));
        var text = string.Join("\n\n", body.Select(b => b.Text));
        var published = FindDate(blocks, titleIndex >= 0 ? titleIndex : start, start, end);
        var evidence = $"lines {blocks[start].FirstLine + 1}-{blocks[end].LastLine + 1}";
        return new DumpArticle(title, text, byline, published, Site(blocks), evidence);
    }

    /// <summary>Splits a dump into paragraphs; bullet items are paragraphs of their own.</summary>
    internal static List<DumpBlock> Split(string dump, SiteTemplate? template)
    {
        var blocks = new List<DumpBlock>();
        var lines = DumpColumns.Unfold(dump.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n'), out var columnEdge);
        var count = Math.Min(lines.Length, MaxLines);
        var text = new StringBuilder();
        int first = -1, indent = 0;
        var bullet = false;
        var number = 0;
        var templated = true;

        void Flush(int last)
        {
            if (text.Length > 0)
            {
                // A hover card glued into a sentence ("Sen. Jane Doe[doe_01]Jane DoeHer latest headlines ... MORE (D-Ore.)")
                // renders as the person's photo name, headlines and a MORE link between a name and the rest of the sentence.
                var paragraph = text.ToString();
                paragraph = paragraph.Contains("MORE", StringComparison.Ordinal) ? HoverCard().Replace(paragraph, "") : paragraph;
                blocks.Add(new DumpBlock(first, last, paragraph, indent, bullet, templated && template is not null) { Number = number });
            }
            text.Clear();
            first = -1;
            bullet = false;
            templated = true;
        }

        // A renderer that wraps paragraphs fills each line up to a fixed width; when no line is longer than a
        // screen, a line that stops well short of the width ends its paragraph even without a blank line.
        var width = 0;
        for (var i = 0; i < count; i++)
        {
            width = Math.Max(width, DisplayWidth(lines[i].TrimEnd()));
        }
        if (columnEdge > 0)
        {
            width = columnEdge - 1; // the article column wraps at the edge of the sidebar
        }
        var wrapped = columnEdge > 0 || width is >= 60 and <= 200;
        var previousLength = 0;
        for (var i = 0; i < count; i++)
        {
            var raw = lines[i].TrimEnd();
            var line = raw.Trim();
            if (line.Length == 0)
            {
                Flush(i - 1);
                continue;
            }
            var isBullet = BulletLine().IsMatch(line);
            var isRule = HorizontalRule().IsMatch(line);
            var lineIndent = raw.Length - raw.TrimStart().Length;
            // A bullet or a horizontal rule starts a paragraph of its own; so does a change of indentation (a list or teaser block).
            var firstWord = line.IndexOf(' ', StringComparison.Ordinal) is var space and > 0 ? DisplayWidth(line[..space]) : DisplayWidth(line);
            if (line.Length > 0 && IsWide(line[0]))
            {
                firstWord = 2; // CJK text wraps between any two characters
            }
            var continuesWrap = wrapped && previousLength + 1 + firstWord >= width - 3;
            if (text.Length > 0 && (isBullet || isRule || !continuesWrap || lineIndent != indent && !(lineIndent < indent && bullet)))
            {
                Flush(i - 1);
            }
            var filledLine = wrapped && previousLength >= width - 1;
            previousLength = DisplayWidth(raw);
            if (text.Length == 0)
            {
                first = i;
                indent = lineIndent;
                bullet = isBullet;
                number = isBullet ? LeadingNumber(line) : 0;
                // An image rendered as its bracketed name glued to the paragraph it illustrates ("[photo1]The price...")
                // is not markup standing alone: drop the placeholder and keep the paragraph. A list item keeps its
                // number ("3) ..."), which is part of the text; a bullet symbol is not.
                var content = isBullet && number == 0 ? BulletLine().Replace(line, "") : line;
                text.Append(GluedPlaceholder().Replace(content, ""));
            }
            else if (JoinsWithoutSpace(text[^1], line[0], filledLine))
            {
                text.Append(line);
            }
            else
            {
                text.Append(' ').Append(line);
            }
            templated &= template?.Lines.Contains(line) ?? false;
            if (isRule)
            {
                Flush(i); // a rule under a dateline or a heading separates it from what follows, as a blank line would
            }
        }
        Flush(count - 1);
        return blocks;
    }

    /// <summary>
    /// Whether a wrapped line continues the word the line above broke off: Chinese and Japanese are written without
    /// spaces, so a break between two of their characters or punctuation marks is never a space; Korean puts spaces between words, but a
    /// renderer that wraps at any character breaks mid-word where a line is filled to its last column.
    /// </summary>
    private static bool JoinsWithoutSpace(char before, char after, bool filledLine) =>
        (IsUnspacedOrMark(before) && IsUnspacedOrMark(after))
        || (filledLine && Scripts.Of(before) == Script.Hangul && Scripts.Of(after) == Script.Hangul);

    private static bool IsUnspacedOrMark(char c) => Scripts.IsUnspaced(c) || Scripts.IsCjkMark(c);

    private static bool IsChrome(DumpBlock block, HashSet<string> repeated)
    {
        if (block.IsTemplate || block.IsBullet)
        {
            return true;
        }
        var text = block.Text;
        if (BoilerplatePhrases.IsDumpBoilerplate(text) || Markup().IsMatch(text) || Counter().IsMatch(text) || Contact().IsMatch(text)
            || ImageFileName().IsMatch(text) || GalleryCaption().IsMatch(text) || (block.Weight < 200 && TaggedTeaser().IsMatch(text)))
        {
            return true;
        }
        if (text.Count(c => c is >= '\u2500' and <= '\u257F') >= 5)
        {
            return true; // table rules and box drawing: layout, not prose
        }
        if (block.Weight < 150 && repeated.Contains(Normalise(text)))
        {
            return true;
        }
        // Indented paragraphs are teasers and list blocks far more often than article text.
        return block.Indent >= 2 && !block.IsProse;
    }

    /// <summary>
    /// The repeated paragraphs that are chrome, without the headings an article itself repeats: the same questions
    /// put to each person interviewed, the same "Meal 1", "Eat every 2-3 hours" labels in each day of a meal plan.
    /// </summary>
    /// <remarks>
    /// A menu shown twice repeats as one unbroken run, an image's alt text repeats alone, a caption stands twice
    /// side by side, a site's blurb stands above and below the article. A heading of the article recurs instead in a
    /// cycle with other headings that recur for each part (three parts at least), a short way apart, with prose
    /// between each copy and the next.
    /// </remarks>
    private static HashSet<string> WithoutRecurringHeadings(List<DumpBlock> blocks, string[] keys, Dictionary<string, List<int>> copies)
    {
        const int MaxGap = 40;
        var chrome = copies.Keys.ToHashSet(StringComparer.Ordinal);
        if (copies.Count < 2)
        {
            return chrome;
        }
        foreach (var (key, list) in copies)
        {
            var heading = true;
            for (var c = 0; c + 1 < list.Count && heading; c++)
            {
                var (from, to) = (list[c], list[c + 1]);
                if (to - from > MaxGap)
                {
                    heading = false;
                    break;
                }
                var prose = false;
                var otherRecurring = false;
                for (var i = from + 1; i < to; i++)
                {
                    prose |= blocks[i].IsProse;
                    otherRecurring |= copies.TryGetValue(keys[i], out var other) && other.Count >= 3 && !string.Equals(keys[i], key, StringComparison.Ordinal);
                }
                heading = prose && otherRecurring;
            }
            if (heading)
            {
                chrome.Remove(key);
            }
        }
        return chrome;
    }

    private static bool IsWide(char c) => c is >= '\u1100' and <= '\u115F' or >= '\u2E80' and <= '\uA4CF' or >= '\uAC00' and <= '\uD7A3' or >= '\uF900' and <= '\uFAFF' or >= '\uFE30' and <= '\uFE4F' or >= '\uFF00' and <= '\uFF60' or >= '\uFFE0' and <= '\uFFE6';

    /// <summary>Terminal columns a line takes: East Asian wide characters take two.</summary>
    private static int DisplayWidth(string line)
    {
        var width = 0;
        foreach (var c in line)
        {
            width += IsWide(c) ? 2 : 1;
        }
        return width;
    }

    /// <summary>
    /// Where a numbered list announced by the article's last paragraph ends ("... the offers not to miss:" then
    /// "1) ...", "2) ...", each perhaps with a link line under it), or <paramref name="end"/> when none follows.
    /// </summary>
    /// <remarks>
    /// List items are chrome to the line classifier, as menus are lists too. A paragraph ending in a colon
    /// followed by items numbered 1, 2, 3 in order is the article's own list: menus are not numbered in sequence.
    /// </remarks>
    private static int AnnouncedListEnd(List<DumpBlock> blocks, int end)
    {
        const int MinItems = 3;
        if (!blocks[end].IsProse || !blocks[end].Text.EndsWith(':'))
        {
            return end;
        }
        var expected = 1;
        var last = end;
        for (var i = end + 1; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block.Number == expected && !block.IsTemplate)
            {
                expected++;
                last = i;
                continue;
            }
            // Between items: a link, an image placeholder or a line of description, but nothing that ends a page.
            var between = !block.IsBullet && !block.IsTemplate && block.Weight < 300 && !IsSectionBreak(block.Text)
                && !HorizontalRule().IsMatch(block.Text) && !BoilerplatePhrases.IsDumpBoilerplate(block.Text);
            if (!between || expected == 1)
            {
                break;
            }
            if (i + 1 < blocks.Count && blocks[i + 1].Number == expected)
            {
                last = i;
            }
            else if (Link().IsMatch(block.Text) || Markup().IsMatch(block.Text))
            {
                last = i; // the last item's link
            }
            else
            {
                break;
            }
        }
        return expected - 1 >= MinItems ? last : end;
    }

    /// <summary>
    /// Where quotations announced at the article's end ("See the statement:", then the quoted posts or letter, set
    /// in by the renderer) end, or <paramref name="end"/> when none follows.
    /// </summary>
    /// <remarks>
    /// Indented paragraphs are teasers and list blocks more often than article text; after an announcing colon,
    /// an indented run with prose in it is the quotation the article points to.
    /// </remarks>
    private static int AnnouncedQuoteEnd(List<DumpBlock> blocks, int start, int end)
    {
        // The run may already hold the start of the quotation, as indented prose counts a little.
        var last = end;
        while (last > start && blocks[last].Indent >= 2 && !blocks[last].IsBullet)
        {
            last--;
        }
        if (last == end && last + 1 < blocks.Count && !blocks[last].Text.EndsWith(':')
            && blocks[last + 1] is { Indent: 0, IsBullet: false, IsTemplate: false, Weight: < 80 } intro && intro.Text.EndsWith(':') && !IsSectionBreak(intro.Text))
        {
            last++; // a short line of its own: "See the posts:"
        }
        if (!blocks[last].Text.EndsWith(':'))
        {
            return end;
        }
        var quoteEnd = last;
        var prose = false;
        for (var i = last + 1; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block.Indent < 2 || block.IsBullet || block.IsTemplate || Markup().IsMatch(block.Text) || BoilerplatePhrases.IsDumpBoilerplate(block.Text))
            {
                break;
            }
            prose |= block.IsProse && block.Weight >= 50;
            quoteEnd = i;
        }
        return prose && quoteEnd > end ? quoteEnd : end;
    }

    /// <summary>
    /// Where a list of bulleted sentences announced just after the article's prose ends ("The new version brings:"
    /// then "• Faster start-up for older phones", ...), or <paramref name="end"/> when none follows.
    /// </summary>
    /// <remarks>
    /// Menus, tag lists and share bars are bulleted labels ("Facebook", "Smart Phones"); an article's own list after
    /// a colon reads as sentences, mostly in lower case.
    /// </remarks>
    private static int AnnouncedBulletsEnd(List<DumpBlock> blocks, bool[] chrome, int end)
    {
        const int MaxLeadIn = 3;
        var intro = end;
        while (!blocks[intro].Text.EndsWith(':') && intro - end < MaxLeadIn && intro + 1 < blocks.Count
            && blocks[intro + 1] is { IsBullet: false, Indent: 0, Weight: < 150 } && !chrome[intro + 1] && !IsSectionBreak(blocks[intro + 1].Text))
        {
            intro++;
        }
        if (!blocks[intro].Text.EndsWith(':') || chrome[intro] || IsSectionBreak(blocks[intro].Text) || ListingLabel().IsMatch(blocks[intro].Text))
        {
            return end;
        }
        var items = 0;
        var sentences = 0;
        var last = intro;
        for (var i = intro + 1; i < blocks.Count && blocks[i].IsBullet && !blocks[i].IsTemplate; i++)
        {
            if (Markup().IsMatch(blocks[i].Text) || BoilerplatePhrases.IsDumpBoilerplate(blocks[i].Text))
            {
                break;
            }
            items++;
            sentences += ReadsAsSentence(blocks[i].Text) ? 1 : 0;
            last = i;
        }
        return items >= 2 && 3 * sentences >= 2 * items ? last : end;
    }

    /// <summary>Four words or more, at least half of them starting in lower case: a sentence rather than a label.</summary>
    private static bool ReadsAsSentence(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var cased = words.Count(w => char.IsLetter(w[0]));
        var lower = words.Count(w => char.IsLower(w[0]));
        return words.Length >= 4 && 2 * lower >= cased;
    }

    private static int LeadingNumber(string line)
    {
        var digits = 0;
        while (digits < line.Length && char.IsAsciiDigit(line[digits]))
        {
            digits++;
        }
        return digits > 0 && int.TryParse(line.AsSpan(0, digits), System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0;
    }

    private static double Damp(double cost) => cost <= 500 ? cost : 500 + 0.25 * (cost - 500);

    private static bool NeighbourIsProse(List<DumpBlock> blocks, bool[] chrome, int i, int step)
    {
        var j = i + step;
        return j >= 0 && j < blocks.Count && !chrome[j] && blocks[j].IsProse;
    }

    private static double Value(DumpBlock block, bool chrome)
    {
        if (chrome)
        {
            return -Math.Max(block.Weight, 10);
        }
        if (block.IsProse)
        {
            return block.Indent >= 2 ? 0.3 * block.Weight : block.Weight;
        }
        return -0.5 * block.Weight - 5;
    }

    private static (int Start, int End) BestRun(double[] values)
    {
        double best = 0, current = 0;
        int bestStart = -1, bestEnd = -1, currentStart = 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (current <= 0)
            {
                current = 0;
                currentStart = i;
            }
            current += values[i];
            if (current > best)
            {
                best = current;
                bestStart = currentStart;
                bestEnd = i;
            }
        }
        return (bestStart, bestEnd);
    }

    /// <summary>A photo caption or credit line: ends in a credit such as "(AP Photo/...)", "[Photo=...]" or ". Photo: Agency".</summary>
    /// <remarks>
    /// A gallery prints a caption several ways: whole with its expander ("... (AP Photo/Gene J. Puskar) less"), cut short
    /// ("... The Islanders ... more"), or with the credit and copyright after it. A wire photographer's credit anywhere in
    /// the paragraph marks it as well: article prose does not write "(AP Photo/Name)".
    /// </remarks>
    private static bool IsCaption(List<DumpBlock> blocks, int i)
    {
        var text = blocks[i].Text;
        if (CaptionExpander().Match(text) is { Success: true } expander)
        {
            if (expander.Groups["cut"].Success)
            {
                return true;
            }
            text = text[..expander.Index];
        }
        return CaptionCredit().IsMatch(text) || TrailingCredit().IsMatch(text) || WirePhotoCredit().IsMatch(text);
    }

    // A short line, or a longer one that is no sentence: "A photo of the mayor, posted on November 19, 2018." in a list of
    // other stories dates that story's picture, not this page.
    private static bool MayBeDateline(DumpBlock block) =>
        block.Weight < 60 || (block.Weight < 120 && !block.IsProse && !block.EndsLikeSentence);

    private static DateTimeOffset? FindDate(List<DumpBlock> blocks, int from, int start, int end)
    {
        // Datelines sit by the headline, or further down among the share buttons and counters before the article;
        // search there first, then the rest of the chrome. A short line there is a dateline even when it ends like a
        // sentence ("Nov. 20, 2019 Updated: Nov. 20, 2019 1:35 a.m.").
        var near = Math.Min(blocks.Count, Math.Max(from + 12, start));
        for (var i = Math.Max(0, from - 5); i < near; i++)
        {
            if (MayBeDateline(blocks[i]) && PublicationDates.FindInText(blocks[i].Text) is { } date)
            {
                return date;
            }
        }
        for (var i = 0; i < blocks.Count; i++)
        {
            if ((i < from - 5 || i > end) && MayBeDateline(blocks[i]) && PublicationDates.FindInText(blocks[i].Text) is { } date)
            {
                return date;
            }
        }
        return null;
    }

    /// <summary>
    /// The site's name from its copyright notice, the last one in the dump that names an owner: "© 2000-2019 Rogers Media.",
    /// "© Copyright 2019, The Spokesman-Review |", "© pv magazine 2019". A link to the site's copyright page ("Copyright
    /// Policy", "Copyright and Reprint") names no one.
    /// </summary>
    private static string? Site(List<DumpBlock> blocks)
    {
        for (var i = blocks.Count - 1; i >= 0; i--)
        {
            foreach (Match match in CopyrightOwner().Matches(blocks[i].Text))
            {
                var owner = match.Groups["owner"].Value.Trim();
                if (owner.Length is >= 2 and <= 60 && !NotAnOwner().IsMatch(owner))
                {
                    return owner;
                }
            }
        }
        return null;
    }

    private static string Normalise(string text) => text.Trim().ToLowerInvariant();

    /// <summary>A heading of the site's own sections (related links, comments, cookie settings), in English or another language.</summary>
    private static bool IsSectionBreak(string text) =>
        text.Length <= 100 && (SectionBreak().IsMatch(text) || ForeignSectionBreak().IsMatch(text) || ForeignArticleEnd().IsMatch(text) || BoilerplatePhrases.IsAuthorBox(text));

    /// <summary>A heading that follows the article rather than interrupting it: comments, recommendations, most read.</summary>
    private static bool IsArticleEnd(string text) => text.Length <= 100 && (BoilerplatePhrases.IsArticleEnd(text) || ForeignArticleEnd().IsMatch(text));

    /// <summary>Headings that end an article and open the site's own sections (related links, comments, cookie settings).</summary>
    [GeneratedRegex(@"^(related( articles| stories| posts| news| content| coverage| topics)?|read (these |this )?(next|more|also)|more (from|in|on|stories|news|articles|headlines|to read)\b.{0,40}|post navigation|you (may|might|will) (also )?(like|enjoy)|comments?|\d+ comments?|leave a (comment|reply)|join the (conversation|discussion)|share this( article| story)?|tags?:?.{0,60}|recommended( for you| stories| articles)?|trending( now| stories)?|most (popular|read|viewed|shared)|latest (news|stories|posts|articles|headlines)|popular (now|posts|stories|articles)|privacy overview|about the author|previous (post|article)|next (post|article)|see also|further reading|also read|what to read next|top stories|editor'?s picks|around the web|from the web|we recommend|you may have missed|more like this|people also read|recent posts)\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SectionBreak();

    /// <summary>
    /// "Read also" boxes in Portuguese, Spanish, French, German, Italian, Dutch and Russian: they sit inside articles
    /// as often as after them.
    /// </summary>
    [GeneratedRegex(@"^(le[ia]a? (também|tambem|mais|también|más)|veja (também|tambem|mais)|saiba mais|lee también|ver también|más información|(à )?lire (aussi|également)|voir aussi|sur le même (sujet|thème)|en savoir plus|(lesen sie|lies) auch|mehr zum thema|siehe auch|leggi anche|vedi anche|lees ook|lees meer|читайте (также|еще|ещё)|смотрите также|по теме)\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ForeignSectionBreak();

    /// <summary>The same headings as <see cref="BoilerplatePhrases.IsArticleEnd"/> in Portuguese, Spanish, French, German, Italian, Dutch and Russian.</summary>
    [GeneratedRegex(@"^((você|voce) (também |tambem )?(pode|poderá|poderia) (gostar|se interessar)( de| também)?|coment[aá]rios?|deix[ea] (um|o seu|seu) coment[aá]rio|(notícias|matérias|artigos|posts) relacionad[oa]s|(as |os )?mais (lidas|lidos)|(también )?(te|le) (puede|podría|pueden) (interesar|gustar)|deja (un|tu) comentario|(noticias|artículos|notas) relacionad[oa]s|lo más (leído|visto)|te recomendamos|vous (aimerez|pourriez aimer) (aussi|également)|laisse[rz] un commentaire|commentaires?|articles (similaires|liés|connexes)|(les )?plus lus|(das|dies) könnte (sie|dich) auch interessieren|kommentare?|(ähnliche|weitere) artikel|meistgelesen(e)?( artikel)?|(ti )?potrebbe (anche )?interessar(ti|e)|commenti|articoli correlati|(i )?più letti|lascia un commento|reacties|(dit )?vind je (misschien )?ook leuk|meest gelezen|gerelateerde artikelen|über (den|die) (autor(in)?|verfasser(in)?)|à propos de l'auteur|sobre (el|o) autor|sobre a autora|over de auteur|sull'autore|об авторе|комментари[ийя]|похожие (статьи|новости|материалы|записи)|вам (также )?может (быть интересно|понравиться)|самое (читаемое|популярное))\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ForeignArticleEnd();

    /// <summary>Words of a label over the site's own lists of links ("Popular on Site:", "Latest videos:", "Follow us:").</summary>
    [GeneratedRegex(@"\b(?:stories|news|headlines|articles|posts|videos|popular|trending|latest|recent|related|recommended|more|read|watch|follow|share|topics|tags|categories|sections)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ListingLabel();

    [GeneratedRegex(@"(?:\s(?:…|\.\.\.)|\[(?:…|\.\.\.)\])$")]
    private static partial Regex DetachedEllipsis();

    [GeneratedRegex(@"^(?:https?://|www\.)\S+$", RegexOptions.IgnoreCase)]
    private static partial Regex Link();

    [GeneratedRegex(@"^[━─═_=*\-~]{10,}\W?$")]
    private static partial Regex HorizontalRule();

    [GeneratedRegex(@"(?<=\S)\[[^\]\s]{1,40}\](?=\S)[^\[\]]{1,1000}?\sMORE(?=\s|$)")]
    private static partial Regex HoverCard();

    [GeneratedRegex(@"^\[[^\]\s]{1,30}\](?=\S)")]
    private static partial Regex GluedPlaceholder();

    [GeneratedRegex(@"^(?:[•·▪◦●○■□►▶*+\-–]|\d{1,3}[.)])\s+")]
    private static partial Regex BulletLine();

    /// <summary>Form and image placeholders left by the renderer: [], [submit], [logo], [ ].</summary>
    [GeneratedRegex(@"^(\[[^\]]{0,40}\]\s*)+$|^\[\s*\]|^\[[^\]\s]*[^\d\]\s][^\]\s]*\]")]
    private static partial Regex Markup();

    /// <summary>A link to another story tagged with its kind in capitals: "Minister answers critics [VIDEO]", "... [INSIGHT]|".</summary>
    [GeneratedRegex(@"\S\s\[\p{Lu}[\p{Lu} ]{2,20}\]\s*\|?$")]
    private static partial Regex TaggedTeaser();

    /// <summary>An image shown as its file name, often twice over ("bridge-at-night.jpgbridge-at-night.jpg").</summary>
    [GeneratedRegex(@"^(?:[\w\-.%]+\.(?:jpe?g|png|gif|webp|svg|avif))+$", RegexOptions.IgnoreCase)]
    private static partial Regex ImageFileName();

    /// <summary>A gallery caption with its counter glued on: "2of7The crowd outside...", "3 of 12Rescue teams...".</summary>
    [GeneratedRegex(@"^\d{1,3}\s?of\s?\d{1,3}\p{Lu}")]
    private static partial Regex GalleryCaption();

    [GeneratedRegex(@"^(comments?|views?|likes?|shares?|reactions?)?\s*[\d,.]+[kKmM]?\s*(comments?|views?|likes?|shares?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Counter();

    [GeneratedRegex(@"^\S+@\S+\.\w+$|^(tel|phone|fax|e-?mail|contact( us)?)\s*[:.]|^(quick|direct) access to|^skip to", RegexOptions.IgnoreCase)]
    private static partial Regex Contact();

    // A credit closing the paragraph: "(AP)", "[Photo=Yonhap]", "(Name/Agency)", and "(Pool photo via Outlet)".
    [GeneratedRegex(@"[\(\[](?:(?:AP|AFP|Reuters|Getty|EPA|Xinhua|Yonhap|Newsis|News1|Photo|Image|Picture|Credit|File)[^)\]]{0,80}|[^)\]]{0,60}(?:Photo|Getty Images|/AP|/Reuters)|[^()\[\]\s]{1,30}/[^()\[\]]{1,40})[\)\]]\s*$"
        + @"|\((?:[^()]{0,30}\s)?photo\s+(?:via|by|courtesy(?:\s+of)?)\s+[^()]{1,60}\)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex CaptionCredit();

    [GeneratedRegex(@"(?:^|[.!?…]\s+)(?:Photos?|Photograph|Image|Picture|Foto|Credit)\s*(?:by\b|:)\s*[^.!?]{1,60}$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingCredit();

    // The toggle after a gallery caption: " less" after a closing credit, " more" after a cut ("... more").
    [GeneratedRegex(@"(?<=\))\s*less$|(?<cut>(?:\.\.\.|…)\s*more)$")]
    private static partial Regex CaptionExpander();

    // A wire photographer's credit anywhere in the paragraph: "(AP Photo/Name)".
    [GeneratedRegex(@"\((?:AP|AFP|EPA|UPI|CP|Reuters)\s+Photo\s*/\s*[^()]{2,60}\)", RegexOptions.IgnoreCase)]
    private static partial Regex WirePhotoCredit();

    // A copyright notice's owner: after the signs and the years, up to the first stop (a full stop, comma or bar, a dash
    // between spaces, a year, "All rights", "unless otherwise noted"). A dot or hyphen inside a name keeps it whole
    // ("Space.com", "Spokesman-Review").
    [GeneratedRegex(@"(?:(?:©|\(c\)|\bcopyright\b)\s*)+(?:\d{4}(?:\s*[-–—]\s*\d{4})?\s*[.,]?\s*)?(?<owner>\p{L}(?:[\p{L}\p{N}&'’ ]|[.\-](?=\p{L}))*?)(?=\s*(?:[,|:;®]|\.(?!\p{L})|\s[-–—]|\ball rights\b|\bunless\b|\d{4}\b)|\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex CopyrightOwner();

    // What follows "Copyright" in a footer link rather than a notice.
    [GeneratedRegex(@"^(?:and|or|of|for|to|by|policy|policies|notices?|information|info|reprints?|terms|agents?|infringements?|statement|complaints?|claims?|law|reserved|all rights)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotAnOwner();
}
