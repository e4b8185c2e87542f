using System.Security.Cryptography;
using System.Text;

namespace Storyline.Articles;

/// <summary>Stable hashes of article content, insensitive to whitespace and case.</summary>
public static class ContentHashing
{
    /// <summary>Hex SHA-256 of the whitespace-folded, lower-cased title and text.</summary>
    public static string Of(string title, string text)
    {
        var builder = new StringBuilder(title.Length + text.Length + 1);
        AppendFolded(builder, title);
        builder.Append('\n');
        AppendFolded(builder, text);
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString()));
        return Convert.ToHexStringLower(bytes);
    }

    /// <summary>A short id derived from the content hash, for inputs that carry no id.</summary>
    public static string ShortId(string contentHash) => contentHash[..16];

    private static void AppendFolded(StringBuilder builder, string value)
    {
        var pendingSpace = false;
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }
            builder.Append(char.ToLowerInvariant(c));
        }
    }
}
