using System.Net;
using System.Net.Sockets;

namespace Storyline.Ingest.Web;

/// <summary>Decides which IP addresses a fetch may connect to: public unicast only, unless private addresses are allowed.</summary>
/// <remarks>
/// The check runs on the resolved address at connect time (see <see cref="PageFetcher"/>), so a
/// host name that resolves to an internal address, a redirect to one, or a DNS answer that changes
/// between check and connect (rebinding) are all caught. Cloud metadata endpoints are refused even
/// when private addresses are allowed: nothing in a news feed has a reason to point there.
/// </remarks>
public static class AddressGuard
{
    private static readonly IPAddress AwsMetadataV6 = IPAddress.Parse("fd00:ec2::254");

    /// <summary>Why a connection to <paramref name="address"/> is refused, or null when it is allowed.</summary>
    public static string? WhyRefused(IPAddress address, bool allowPrivate)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        if (IsMetadata(address))
        {
            return $"{address} is a cloud metadata address";
        }
        if (allowPrivate)
        {
            return null;
        }
        return Classify(address) is { } kind ? $"{address} is a {kind} address (pass --allow-private to fetch from it)" : null;
    }

    private static bool IsMetadata(IPAddress address) =>
        address.Equals(AwsMetadataV6) || (address.AddressFamily == AddressFamily.InterNetwork && address.GetAddressBytes() is [169, 254, 169, 254]);

    /// <summary>The kind of non-public address, or null for a public one.</summary>
    internal static string? Classify(IPAddress address)
    {
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return b switch
            {
                [0, ..] => "unspecified",
                [10, ..] => "private",
                [100, >= 64 and <= 127, ..] => "shared (carrier-grade NAT)",
                [127, ..] => "loopback",
                [169, 254, ..] => "link-local",
                [172, >= 16 and <= 31, ..] => "private",
                [192, 0, 0, _] => "reserved",
                [192, 168, ..] => "private",
                [198, 18 or 19, ..] => "reserved",
                [>= 224 and <= 239, ..] => "multicast",
                [>= 240, ..] => "reserved",
                _ => null,
            };
        }
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            if (address.Equals(IPAddress.IPv6Any))
            {
                return "unspecified";
            }
            if (address.Equals(IPAddress.IPv6Loopback))
            {
                return "loopback";
            }
            var b = address.GetAddressBytes();
            // NAT64 (64:ff9b::/96) embeds an IPv4 address that is what the packets reach in the end.
            if (b is [0x00, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0, ..])
            {
                return Classify(new IPAddress(b.AsSpan(12)));
            }
            return b switch
            {
                [0xfe, >= 0x80 and <= 0xbf, ..] => "link-local",
                [0xfe, >= 0xc0, ..] => "site-local",
                [>= 0xfc and <= 0xfd, ..] => "unique-local",
                [0xff, ..] => "multicast",
                [0x20, 0x01, 0x0d, 0xb8, ..] => "documentation",
                [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, ..] => "reserved",
                _ => null,
            };
        }
        return "non-IP";
    }
}

/// <summary>A connection refused by <see cref="AddressGuard"/>.</summary>
public sealed class RefusedAddressException : IOException
{
    public RefusedAddressException()
    {
    }

    public RefusedAddressException(string message)
        : base(message)
    {
    }

    public RefusedAddressException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
