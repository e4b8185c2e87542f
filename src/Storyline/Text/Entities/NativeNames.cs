using System.Globalization;
using Storyline.Text.Sentences;

namespace Storyline.Text.Entities;

/// <summary>Korean, Chinese and Japanese names of the countries, capitals and bodies most often in the news, found by lookup.</summary>
/// <remarks>
/// Names in these scripts have no capital letters to find them by, and Korean glues particles to them ("북한은"), so
/// a sentence is searched for the names themselves. Each maps to its gazetteer entry, so "북한", "朝鲜" and "DPRK"
/// group as North Korea. Only names that do not also open common words are listed ("조선" also opens "조선소", shipyard).
/// </remarks>
public static class NativeNames
{
    private static readonly Lazy<(string Native, GazetteerEntry Entry)[]> Table = new(Build);

    // English gazetteer name: native names (Korean, Chinese, Japanese).
    private const string Names = """
        North Korea: 북한 朝鲜 北朝鮮
        South Korea: 한국 대한민국 韩国 韓国
        Japan: 일본 日本
        China: 중국 中国
        United States: 미국 美国 米国 アメリカ
        Russia: 러시아 俄罗斯 ロシア
        Ukraine: 우크라이나 乌克兰 ウクライナ
        Germany: 독일 德国 ドイツ
        France: 프랑스 法国 フランス
        United Kingdom: 영국 英国 イギリス
        Taiwan: 대만 台湾
        Iran: 이란 伊朗 イラン
        Israel: 이스라엘 以色列 イスラエル
        Seoul: 서울 首尔 ソウル
        Pyongyang: 평양 平壤 平壌
        Tokyo: 도쿄 东京 東京
        Beijing: 베이징 北京
        Moscow: 모스크바 莫斯科 モスクワ
        Washington: 워싱턴 华盛顿 ワシントン
        Busan: 부산 釜山
        United Nations: 유엔 联合国 国連
        European Union: 유럽연합 欧盟
        """;

    /// <summary>The known names in one sentence, longest first where two overlap; offsets are in the text.</summary>
    public static IReadOnlyList<Mention> FindIn(Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var text = sentence.Text;
        var found = new List<Mention>();
        if (!text.Any(IsCaseless))
        {
            return found;
        }
        var taken = new bool[text.Length];
        foreach (var (native, entry) in Table.Value)
        {
            for (var at = text.IndexOf(native, StringComparison.Ordinal); at >= 0; at = text.IndexOf(native, at + native.Length, StringComparison.Ordinal))
            {
                if (taken.AsSpan(at, native.Length).Contains(true))
                {
                    continue;
                }
                taken.AsSpan(at, native.Length).Fill(true);
                found.Add(new Mention(native, entry.Type, sentence.Start + at, sentence.Index) { Known = entry.Name, Confident = true });
            }
        }
        return found.OrderBy(m => m.Start).ToList();
    }

    private static bool IsCaseless(char c) => char.GetUnicodeCategory(c) == UnicodeCategory.OtherLetter;

    private static (string, GazetteerEntry)[] Build() =>
        Names.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split(':', 2))
            .Where(parts => Gazetteer.Lookup(parts[0]) is not null)
            .SelectMany(parts => parts[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(native => (native, Gazetteer.Lookup(parts[0])!)))
            // Longer names first, so "대한민국" is taken before a shorter name inside it could be.
            .OrderByDescending(p => p.native.Length)
            .ToArray();
}
