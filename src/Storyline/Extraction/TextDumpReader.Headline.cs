using System.Text.RegularExpressions;
using Storyline.Text.Entities;

namespace Storyline.Extraction;

/// <summary>The headline and byline of a text dump, found among the short lines above the article.</summary>
internal static partial class TextDumpReader
{
    /// <summary>
    /// The headline: the most headline-like paragraph above the article. Shape alone (a short line without a full
    /// stop) also fits gallery counters, captions and section labels, so the choice leans on what a headline has
    /// around it: a byline or dateline just below, a second copy of itself (browser tab, breadcrumb, sticky header),
    /// the words of the lead it introduces, and the words of the page's address.
    /// </summary>
    private static int TitleIndex(List<DumpBlock> blocks, HashSet<string> repeated, int start, TitleClues clues)
    {
        var best = -1;
        var bestScore = 0.0;
        // Distance counts paragraphs, not list items or bare symbols: share bars and galleries often stand between
        // headline and lead.
        var distance = 0;
        for (var i = Math.Min(start, blocks.Count - 1); i >= 0 && distance <= MaxTitleDistance; i--)
        {
            var block = blocks[i];
            if (!block.IsBullet && block.Text.Any(char.IsLetterOrDigit))
            {
                distance++;
            }
            if (!IsHeadlineShaped(blocks, i, out var words))
            {
                continue;
            }
            // Chinese and Japanese write a whole headline as one run of letters: about two characters make a word.
            var wordCount = Math.Max(words.Count, (block.Weight - block.Text.Length) / 4);
            // A two-word line is a label unless a byline or date stands right under it; a longer line may have a
            // standfirst between it and its dateline, but a label above a headline must not take the headline's.
            var dateline = DatelineFollows(blocks, i, wordCount < 3 ? 1 : 3);
            if (wordCount < 3 && !dateline)
            {
                continue;
            }
            var score = 0.5 * Math.Min(wordCount, 12) - 0.15 * distance + (char.IsUpper(block.Text[0]) ? 2 : 0);
            score += repeated.Contains(Normalise(block.Text)) ? 4 : 0;
            score += dateline ? 5 : 0;
            score += 6 * clues.LeadOverlap(words) + 8 * clues.AddressOverlap(words);
            if (score > bestScore)
            {
                bestScore = score;
                best = i;
            }
        }
        return !clues.HasAddress || (best >= 0 && clues.NamesAddress(TitleClues.Words(blocks[best].Text))) ? best : AddressedTitle(blocks, start, clues) ?? best;
    }

    private const int MaxTitleDistance = 25;

    // A "more stories" list can stand between the headline and the article, each item with its own date under it and
    // its title twice: nearer and more headline-like than the headline itself, which may be out of reach. A line
    // further up that spells out the page's address is the headline; the nearest one is taken.
    private static int? AddressedTitle(List<DumpBlock> blocks, int start, TitleClues clues)
    {
        for (var i = Math.Min(start, blocks.Count - 1); i >= 0 && start - i <= MaxAddressedTitleDistance; i--)
        {
            // The address test is the cheaper one, and few lines pass it.
            var words = TitleClues.Words(blocks[i].Text);
            if (words.Count >= 4 && clues.NamesAddress(words) && IsHeadlineShaped(blocks, i, out _))
            {
                return i;
            }
        }
        return null;
    }

    private const int MaxAddressedTitleDistance = 150;

    private static bool IsHeadlineShaped(List<DumpBlock> blocks, int i, out List<string> words)
    {
        var block = blocks[i];
        var text = block.Text;
        words = [];
        // Repetition alone does not make a headline chrome: many dumps show it twice.
        if (block.IsBullet || block.Indent > 0 || IsChrome(block, NothingRepeated) || IsCaption(blocks, i) || IsSectionBreak(text))
        {
            return false;
        }
        var count = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        var cjk = block.Weight - text.Length;
        var sized = count is >= 2 and <= 30 || (cjk >= 16 && text.Length <= 80);
        if (!sized || text.Length > 200 || block.IsRunningText || text[^1] is '.' or ')' or '…' or ':' or '。' or '：' || NotAHeadline().IsMatch(text) || GluedCredit().IsMatch(text)
            || SentenceBreaks().Count(text) >= (count > 15 ? 1 : 2)
            || PublicationDates.FindInText(text) is not null || Bylines.FromLine(text) is not null)
        {
            return false;
        }
        if (NamesAnOutlet(text) || IsAuthorAbove(blocks, i) || IsDoubled(text))
        {
            return false;
        }
        words = TitleClues.Words(text);
        return true;
    }

    // "The defense ministries The defense ministries": one phrase written twice on a line, an image's text and its caption
    // run together, which no headline is.
    private static bool IsDoubled(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length % 2 == 0)
        {
            return false;
        }
        var half = trimmed.Length / 2;
        return trimmed[half] == ' ' && trimmed.AsSpan(0, half).SequenceEqual(trimmed.AsSpan(half + 1));
    }

    // "The Associated Press" over "Published Monday, ...": the credit of a wire report, which a date under it makes look
    // like a headline.
    private static bool NamesAnOutlet(string text)
    {
        var name = text.Trim();
        name = name.StartsWith("The ", StringComparison.Ordinal) ? name[4..] : name;
        return Gazetteer.Lookup(name) is { Type: EntityType.Organization };
    }

    // "Ana Swanson" over "By Ana Swanson": the author's link above the byline that names the same person.
    private static bool IsAuthorAbove(List<DumpBlock> blocks, int i)
    {
        if (PersonName(blocks[i].Text) is not { } name)
        {
            return false;
        }
        for (var j = i + 1; j < Math.Min(blocks.Count, i + 4); j++)
        {
            if (Bylines.FromLine(blocks[j].Text) is { } byline && byline.Contains(name, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly HashSet<string> NothingRepeated = [];

    // A byline or dateline right under a line (at most reach blocks down) marks it as the headline.
    private static bool DatelineFollows(List<DumpBlock> blocks, int i, int reach)
    {
        for (var j = i + 1; j < Math.Min(blocks.Count, i + 1 + reach); j++)
        {
            if (blocks[j].Weight < 160 && (Bylines.FromLine(blocks[j].Text) is not null || PublicationDates.FindInText(blocks[j].Text) is not null))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>What a headline is checked against: the words of the article's first paragraphs and of the page's address.</summary>
    private sealed class TitleClues
    {
        private readonly HashSet<string> _lead;
        private readonly HashSet<string> _address;

        public TitleClues(string lead, string? url)
        {
            _lead = [.. Words(lead)];
            _address = [.. Words(Clustering.UrlSlug.Words(url))];
        }

        public double LeadOverlap(List<string> words) => Overlap(words, _lead);

        public double AddressOverlap(List<string> words) => Overlap(words, _address);

        /// <summary>Whether the page's address has words to check a headline against (a slug, not a number).</summary>
        public bool HasAddress => _address.Count > 0;

        /// <summary>Whether the words spell out the page's address: nearly all of them in it, and most of it in them.</summary>
        public bool NamesAddress(List<string> words) =>
            HasAddress && AddressOverlap(words) >= 0.8 && (double)_address.Count(words.Contains) / _address.Count >= 0.6;

        /// <summary>Lower-cased words of three letters or more (any script); short function words say little.</summary>
        public static List<string> Words(string text) =>
            [.. WordPattern().Matches(text).Select(m => m.Value.ToLowerInvariant()).Where(w => w.Length >= 3)];

        private static double Overlap(List<string> words, HashSet<string> pool) =>
            words.Count == 0 || pool.Count == 0 ? 0 : (double)words.Count(pool.Contains) / words.Count;
    }

    private static string? FindByline(List<DumpBlock> blocks, int start, int end)
    {
        for (var i = Math.Max(0, start - 15); i < Math.Min(blocks.Count, end + 6); i++)
        {
            if (blocks[i].Weight < 120 && (Bylines.FromLine(blocks[i].Text) ?? ByInDateline(blocks[i].Text) ?? NameAfterDate(blocks[i].Text) ?? GluedBy(blocks[i].Text)) is { } name)
            {
                return Undoubled(name);
            }
            // "By" on a line of its own, the author link on the next.
            if (LoneBy().IsMatch(blocks[i].Text) && i + 1 < blocks.Count && blocks[i + 1].Weight < 120 && PersonName(blocks[i + 1].Text) is { } linked)
            {
                return linked;
            }
        }
        return null;
    }

    /// <summary>
    /// The author named in a contributor note at the end of the article ("Louise Matsakis is a staff writer at WIRED covering
    /// ..."), when the same name also stands alone on a line above it, where the page put the author link.
    /// </summary>
    private static string? NameFromBio(List<DumpBlock> blocks, int start, int end)
    {
        for (var i = Math.Max(start, end - 2); i < Math.Min(blocks.Count, end + 12); i++)
        {
            if (AuthorNote().Match(blocks[i].Text) is not { Success: true } note)
            {
                continue;
            }
            var name = note.Groups["name"].Value;
            for (var j = Math.Max(0, start - MaxTitleDistance); j < start; j++)
            {
                if (string.Equals(blocks[j].Text.Trim(), name, StringComparison.Ordinal))
                {
                    return name;
                }
            }
        }
        return null;
    }

    // "November 20, 2019 Emiliano Bellini", "2019-11-20 17:27:46 Marcus De Guzman": a post's date, then its author.
    private static string? NameAfterDate(string text)
    {
        var line = text.Trim();
        return PublicationDates.Find(line) is { Index: 0 } date && date.End < line.Length && char.IsWhiteSpace(line[date.End])
            ? PersonName(line[date.End..])
            : null;
    }

    // "Eric SongBy Eric Song, IGN Staff": the author link's text and the byline, rendered without a space between.
    private static string? GluedBy(string text) =>
        GluedByStart().Match(text) is { Success: true } m ? Bylines.FromLine(text[m.Index..]) : null;

    // The line when it is a person's name and nothing else (perhaps with ", Role").
    private static string? PersonName(string text)
    {
        var trimmed = text.Trim();
        var match = BareName().Match(trimmed);
        return match.Success && !NotAName().IsMatch(match.Groups["name"].Value) ? trimmed : null;
    }

    // "By Sean Martin Sean Martin": the author's link and the author's name, rendered side by side.
    private static string Undoubled(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var half = words.Length / 2;
        return words.Length % 2 == 0 && half > 0 && words.AsSpan(0, half).SequenceEqual(words.AsSpan(half)) ? string.Join(' ', words[..half]) : name;
    }

    // "5:45 AM PST 11/19/2019 by Patrick Shanley", "February 1, 2019 | BY: Ilana Muhlstein, MS, RDN".
    private static string? ByInDateline(string text) =>
        PublicationDates.FindInText(text) is not null && DatelineBy().Match(text) is { Success: true } m ? m.Groups["name"].Value.Trim() : null;

    /// <summary>
    /// A byline without "By": a person's name (with perhaps a role or agency after a comma) standing alone
    /// right under the headline, where renderers put the author link ("Molly Wood", "Tom Krisher, AP Auto Writer").
    /// </summary>
    private static string? NameUnderHeadline(List<DumpBlock> blocks, int titleIndex, int start)
    {
        if (titleIndex < 0)
        {
            return null;
        }
        for (var i = titleIndex + 1; i < Math.Min(start, titleIndex + 3); i++)
        {
            var block = blocks[i];
            if (block.IsBullet || block.Indent > 0 || block.IsTemplate || block.Weight > 80)
            {
                continue;
            }
            if (PersonName(block.Text) is { } name)
            {
                return name;
            }
        }
        return null;
    }

    /// <summary>Short lines shaped like a headline that are not one: gallery counters, photo labels, "Filed under", breadcrumbs.</summary>
    [GeneratedRegex(@"^(?:(?:image|photo|picture|slide|video)s?\s*\d+\s*of\b|(?:image|photo|picture|video|filed under|tags?|category|categories|posted in)\s*:|back to (?:gallery|top|home)|.*\s[»›]\s|.*\s[»›]$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotAHeadline();

    /// <summary>A caption whose credit the renderer glued on: "...last week.Credit...Name", "...Austria.Name Surname / Reuters file".</summary>
    [GeneratedRegex(@"\p{Ll}[.!?](?:Credits?\b|\p{Lu}[\p{L}.'’ -]{1,50}\s?/\s?[\p{L}.'’ -]{2,40}$)")]
    private static partial Regex GluedCredit();

    [GeneratedRegex(@"^(?<name>\p{Lu}[\p{Ll}'’\-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{Ll}'’\-]+|de|van|von|da)){1,2})(?:\s+\(@\w+\))?\s+is\s+(?:a|an|the)\s+[^.]{0,80}?\b(?i:writer|reporter|editor|contributor|correspondent|columnist|journalist)\b")]
    private static partial Regex AuthorNote();

    [GeneratedRegex(@"(?<=\p{Ll})By(?=\s+\p{Lu})")]
    private static partial Regex GluedByStart();

    [GeneratedRegex(@"^\s*(?i:(?:written\s+)?by)[:.]?\s*$")]
    private static partial Regex LoneBy();

    [GeneratedRegex(@"(?:^|\s|[|·])(?i:by)[:.]?\s+(?<name>\p{Lu}[\p{L}'’.\-]*(?:\s+(?:\p{Lu}[\p{L}'’.\-]*|and|de|van|von|da)){1,5}(?:,\s*[\p{Lu}][\p{L}.]*){0,3})\s*$")]
    private static partial Regex DatelineBy();

    /// <summary>One or two people's names of two or three capitalised words, then perhaps ", Role" or ", Agency".</summary>
    [GeneratedRegex(@"^(?<name>(?:\p{Lu}[\p{Ll}'’\-]+|\p{Lu}{2,})(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{Ll}'’\-]+|\p{Lu}{2,}|de|van|von|da)){1,2}(?:\s+(?:and|&)\s+(?:\p{Lu}[\p{Ll}'’\-]+|\p{Lu}{2,})(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{Ll}'’\-]+|\p{Lu}{2,}|de|van|von|da)){1,2})?)(?:,\s*[\p{Lu}][\p{L}.]*(?:\s+[\p{L}.]+){0,3})?$")]
    private static partial Regex BareName();

    /// <summary>Words that make a short capitalised line a label or a section, not a person.</summary>
    [GeneratedRegex(@"\b(?:News|Sport|Sports|World|Home|Opinion|Business|Politics|Latest|Video|Videos|Photos?|Gallery|Live|Menu|Search|Subscribe|Share|Comments?|Advertisement|Updated|Published|Science|Technology|Tech|Health|Culture|Entertainment|More|Read|Watch|Listen|Newsletter|Podcast|Editor|Staff|Twitter|Facebook|Instagram|LinkedIn|WhatsApp|Pinterest|Reddit|Email|Print|Log|Sign)\b")]
    private static partial Regex NotAName();

    [GeneratedRegex(@"[.!?](?=\s+\p{Lu})")]
    private static partial Regex SentenceBreaks();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();
}
