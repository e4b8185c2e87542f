namespace Storyline.Text.Entities;

/// <summary>A mention and the article it is in.</summary>
public sealed record ArticleMention(string ArticleId, Mention Mention);

/// <summary>One person, organisation or place of a story, with every name the sources use for it.</summary>
/// <param name="Name">The canonical name: the gazetteer's name, else the most frequent full form.</param>
/// <param name="Aliases">The other forms written, most frequent first.</param>
public sealed record LinkedEntity(string Name, EntityType Type, IReadOnlyList<string> Aliases, IReadOnlyList<ArticleMention> Mentions);

/// <summary>Groups the mentions of a story's articles into entities.</summary>
/// <remarks>
/// Known names group by gazetteer entry; full names and organisation names group when
/// <see cref="AliasMatcher"/> says they can be one; a lone word ("Choe", "Putin") joins the one
/// person whose first or last name it matches, and is left out when several could claim it
/// ("Kim" beside Kim Jong Un and Kim Jong Il). Deterministic; thread-safe.
/// </remarks>
public static class EntityLinker
{
    /// <summary>The entities, most mentioned first.</summary>
    public static IReadOnlyList<LinkedEntity> Link(IEnumerable<ArticleMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        var all = mentions.ToList();
        var groups = new List<List<ArticleMention>>();

        foreach (var known in all.Where(m => m.Mention.Known is not null).GroupBy(m => m.Mention.Known!, StringComparer.Ordinal))
        {
            groups.Add(known.ToList());
        }

        var full = all.Where(m => m.Mention.Known is null && IsFullName(m.Mention)).ToList();
        var forms = full.Select(m => m.Mention.Text).Distinct(StringComparer.Ordinal).ToList();
        var formIndex = forms.Select((f, i) => (f, i)).ToDictionary(x => x.f, x => x.i, StringComparer.Ordinal);
        var organization = forms.Select(f => full.Count(m => m.Mention.Text == f && m.Mention.Type == EntityType.Organization) * 2 > full.Count(m => m.Mention.Text == f)).ToArray();
        var parent = Enumerable.Range(0, forms.Count).ToArray();
        for (var i = 0; i < forms.Count; i++)
        {
            for (var j = i + 1; j < forms.Count; j++)
            {
                if (Find(parent, i) == Find(parent, j) || organization[i] != organization[j] || !Comparable(forms[i], forms[j], organization[i]))
                {
                    continue;
                }
                var same = organization[i]
                    ? AliasMatcher.SameOrganization(forms[i], forms[j])
                    : AliasMatcher.SamePerson(AliasMatcher.Words(forms[i]), AliasMatcher.Words(forms[j]));
                if (same)
                {
                    parent[Find(parent, i)] = Find(parent, j);
                }
            }
        }
        foreach (var m in full.Where(m => m.Mention.Expansion is not null))
        {
            if (formIndex.TryGetValue(m.Mention.Expansion!, out var expansion))
            {
                parent[Find(parent, formIndex[m.Mention.Text])] = Find(parent, expansion);
            }
        }
        var fullGroups = full.GroupBy(m => Find(parent, formIndex[m.Mention.Text])).Select(g => g.ToList()).ToList();

        var shorts = all.Where(m => m.Mention.Known is null && !IsFullName(m.Mention)).ToList();
        var unattached = new List<ArticleMention>();
        foreach (var m in shorts)
        {
            var word = m.Mention.Text;
            var candidates = fullGroups
                .Where(g => TypeOf(g) == EntityType.Person && g.Any(x => AliasMatcher.SamePerson([word], AliasMatcher.Words(x.Mention.Text))))
                .ToList();
            if (candidates.Count == 1)
            {
                candidates[0].Add(m);
            }
            else if (candidates.Count == 0)
            {
                unattached.Add(m);
            }
        }
        var shortGroups = new List<List<ArticleMention>>();
        foreach (var m in unattached)
        {
            var home = shortGroups.FirstOrDefault(g => NameKey.SameWord(g[0].Mention.Text, m.Mention.Text));
            if (home is null)
            {
                shortGroups.Add([m]);
            }
            else
            {
                home.Add(m);
            }
        }

        return groups.Concat(fullGroups).Concat(shortGroups)
            .Select(Entity)
            .OrderByDescending(e => e.Mentions.Count)
            .ThenBy(e => e.Mentions[0].Mention.Start)
            .ThenBy(e => e.Name, StringComparer.Ordinal)
            .ToList();
    }

    private static bool IsFullName(Mention mention) =>
        mention.Type == EntityType.Organization || AliasMatcher.Words(mention.Text).Count >= 2;

    /// <summary>Cheap pre-check so that only names sharing a first or last word are compared in full.</summary>
    private static bool Comparable(string a, string b, bool organization)
    {
        if (organization)
        {
            return true;
        }
        var (x, y) = (AliasMatcher.Words(a), AliasMatcher.Words(b));
        return Initial(x[0]) == Initial(y[0]) || Initial(x[^1]) == Initial(y[^1]);
    }

    private static char Initial(string word)
    {
        var folded = NameKey.Fold(word);
        return folded.Length == 0 ? ' ' : folded[0];
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static EntityType TypeOf(List<ArticleMention> group)
    {
        if (group.Any(m => m.Mention.Title is not null))
        {
            return EntityType.Person;
        }
        return group.GroupBy(m => m.Mention.Type)
            .OrderByDescending(g => g.Count())
            .ThenByDescending(g => g.Key)
            .First().Key;
    }

    private static LinkedEntity Entity(List<ArticleMention> group)
    {
        var type = TypeOf(group);
        var forms = group.Select((m, order) => (m.Mention.Text, Order: order))
            .GroupBy(m => m.Text, StringComparer.Ordinal)
            .Select(g => (Form: g.Key, Count: g.Count(), First: g.Min(m => m.Order)))
            .OrderByDescending(f => f.Count)
            .ThenBy(f => f.First)
            .ToList();
        var known = group.Select(m => m.Mention.Known).FirstOrDefault(k => k is not null);
        var name = known
            ?? forms.Where(f => AliasMatcher.Words(f.Form).Count >= 2 && !Gazetteer.IsAbbreviation(f.Form)).Select(f => f.Form).FirstOrDefault()
            ?? forms[0].Form;
        var aliases = forms.Select(f => f.Form)
            .Where(f => !f.Equals(name, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        return new LinkedEntity(name, type, aliases, group);
    }
}
