using System.Text;
using Storyline.Extraction;
using Storyline.Ingest;

namespace Storyline.Tests.Extraction;

public class TextDecodingTests
{
    static TextDecodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private const string Russian = "Правительство объявило о новых мерах поддержки малого бизнеса. Министр экономики сказал, что программа начнётся весной и охватит все регионы страны.";
    private const string Korean = "정부는 중소기업을 위한 새로운 지원 대책을 발표했다. 경제부 장관은 이 프로그램이 봄에 시작되어 전국 모든 지역에 적용될 것이라고 말했다.";
    private const string Japanese = "政府は中小企業のための新しい支援策を発表した。経済大臣は、このプログラムは春に始まり、全国のすべての地域に適用されると述べた。";
    private const string Chinese = "政府宣布了支持中小企业的新措施。经济部长表示，该计划将于春季开始，并覆盖全国所有地区。";

    private static string Page(string body, string head = "") =>
        $"<html><head>{head}<title>t</title></head><body><p>{body}</p><p>{body}</p></body></html>";

    [Fact]
    public void Decode_MetaCharsetWindows1251_DecodesCyrillic()
    {
        var bytes = Encoding.GetEncoding("windows-1251").GetBytes(Page(Russian, "<meta charset=\"windows-1251\">"));
        var decoded = TextDecoding.Decode(bytes);
        Assert.Equal("meta", decoded.Source);
        Assert.Contains(Russian, decoded.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_HttpEquivContentType_IsHonoured()
    {
        var bytes = Encoding.GetEncoding("euc-kr").GetBytes(Page(Korean, "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=euc-kr\">"));
        Assert.Contains(Korean, TextDecoding.Decode(bytes).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_HttpCharset_WinsOverDetection()
    {
        var bytes = Encoding.GetEncoding("shift_jis").GetBytes(Page(Japanese));
        var decoded = TextDecoding.Decode(bytes, "text/html; charset=Shift_JIS");
        Assert.Equal("http", decoded.Source);
        Assert.Contains(Japanese, decoded.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("windows-1251", Russian)]
    [InlineData("euc-kr", Korean)]
    [InlineData("shift_jis", Japanese)]
    [InlineData("gb18030", Chinese)]
    public void Decode_UndeclaredLegacyEncoding_IsDetected(string encoding, string text)
    {
        var bytes = Encoding.GetEncoding(encoding).GetBytes(string.Join(" ", Enumerable.Repeat(text, 6)));
        var decoded = TextDecoding.Decode(bytes, lookForMetaCharset: false);
        Assert.Equal("detected", decoded.Source);
        Assert.Contains(text, decoded.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_Latin2Declared_DecodesPolish()
    {
        const string polish = "Zażółć gęślą jaźń, powiedział minister podczas spotkania w Łodzi.";
        var bytes = Encoding.GetEncoding("iso-8859-2").GetBytes(Page(polish, "<meta charset=iso-8859-2>"));
        Assert.Contains(polish, TextDecoding.Decode(bytes).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_Utf16Bom_IsHonoured()
    {
        var bytes = new UnicodeEncoding(false, true).GetPreamble().Concat(Encoding.Unicode.GetBytes(Page(Russian))).ToArray();
        var decoded = TextDecoding.Decode(bytes);
        Assert.Equal("bom", decoded.Source);
        Assert.Contains(Russian, decoded.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_InvalidUtf8Sequences_DoNotThrow()
    {
        var bytes = Encoding.UTF8.GetBytes(Page("Café")).Concat(new byte[] { 0xC3, 0x28, 0xA0, 0xA1, 0xE2, 0x82 }).ToArray();
        var decoded = TextDecoding.Decode(bytes);
        Assert.True(decoded.Succeeded);
        Assert.Contains("<p>", decoded.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_UnknownCharsetLabel_FallsBackToDetection()
    {
        var bytes = Encoding.UTF8.GetBytes(Page(Russian));
        var decoded = TextDecoding.Decode(bytes, "text/html; charset=x-no-such-charset");
        Assert.Contains(Russian, decoded.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_PngRenamedHtml_IsBinaryContent()
    {
        var bytes = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D };
        var decoded = TextDecoding.Decode(bytes);
        Assert.False(decoded.Succeeded);
        Assert.Contains("binary content", decoded.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_RandomBytesAsHtml_FailsWithBinaryContent()
    {
        var random = new Random(42);
        var bytes = new byte[4096];
        random.NextBytes(bytes);
        var outcome = new ArticleExtractor().Extract(new RawDocument("noise.html", bytes, DocumentFormat.Html));
        Assert.False(outcome.Succeeded);
        Assert.Contains("binary content", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_Windows1251Page_YieldsRussianArticle()
    {
        var bytes = Encoding.GetEncoding("windows-1251").GetBytes(Page(Russian + " " + Russian, "<meta charset=\"windows-1251\">"));
        var outcome = new ArticleExtractor().Extract(new RawDocument("ru.html", bytes, DocumentFormat.Html));
        Assert.True(outcome.Succeeded, outcome.Error);
        Assert.Contains(Russian, outcome.Article!.Text, StringComparison.Ordinal);
        Assert.Equal("ru", outcome.Article.Language);
    }
}
