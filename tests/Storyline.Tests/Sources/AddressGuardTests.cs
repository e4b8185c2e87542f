using System.Net;
using Storyline.Ingest.Web;

namespace Storyline.Tests.Sources;

public sealed class AddressGuardTests
{
    [Theory]
    [InlineData("127.0.0.1", "loopback")]
    [InlineData("10.0.0.8", "private")]
    [InlineData("172.20.1.1", "private")]
    [InlineData("192.168.1.1", "private")]
    [InlineData("169.254.10.10", "link-local")]
    [InlineData("100.64.0.1", "shared")]
    [InlineData("0.0.0.0", "unspecified")]
    [InlineData("224.0.0.251", "multicast")]
    [InlineData("::1", "loopback")]
    [InlineData("::", "unspecified")]
    [InlineData("fe80::1", "link-local")]
    [InlineData("fd12:3456::1", "unique-local")]
    [InlineData("ff02::1", "multicast")]
    [InlineData("::ffff:127.0.0.1", "loopback")]
    [InlineData("64:ff9b::a00:1", "private")]
    public void WhyRefused_NonPublicAddress_NamesItsKind(string address, string kind)
    {
        var why = AddressGuard.WhyRefused(IPAddress.Parse(address), allowPrivate: false);

        Assert.NotNull(why);
        Assert.Contains(kind, why, StringComparison.Ordinal);
        Assert.Null(AddressGuard.WhyRefused(IPAddress.Parse(address), allowPrivate: true));
    }

    [Theory]
    [InlineData("169.254.169.254")]
    [InlineData("fd00:ec2::254")]
    [InlineData("::ffff:169.254.169.254")]
    public void WhyRefused_CloudMetadata_IsRefusedEvenWhenPrivateIsAllowed(string address) =>
        Assert.Contains("metadata", AddressGuard.WhyRefused(IPAddress.Parse(address), allowPrivate: true), StringComparison.Ordinal);

    [Theory]
    [InlineData("93.184.216.34")]
    [InlineData("8.8.8.8")]
    [InlineData("172.32.0.1")]
    [InlineData("2606:4700::1111")]
    public void WhyRefused_PublicAddress_IsAllowed(string address) =>
        Assert.Null(AddressGuard.WhyRefused(IPAddress.Parse(address), allowPrivate: false));
}
