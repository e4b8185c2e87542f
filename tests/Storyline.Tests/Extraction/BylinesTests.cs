using Storyline.Extraction;

namespace Storyline.Tests.Extraction;

public class BylinesTests
{
    [Theory]
    [InlineData("By Jane Doe", "Jane Doe")]
    [InlineData("Tom Davies Associated Press Published 11:34 PM EST Nov 19, 2019", "Tom Davies Associated Press")]
    [InlineData("Detroit News wire services Updated 6:02 a.m. EST", "Detroit News wire services")]
    [InlineData("By Theresa May", "Theresa May")]
    [InlineData("Written by: Ilana Muhlstein, MS, RDN", "Ilana Muhlstein, MS, RDN")]
    public void Strip_LeavesTheNamesOnly(string byline, string names)
    {
        Assert.Equal(names, Bylines.Strip(byline));
    }
}
