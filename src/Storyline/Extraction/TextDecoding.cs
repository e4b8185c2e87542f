using System.Text;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace Storyline.Extraction;

/// <summary>How a document's bytes were turned into text, or why they could not be.</summary>
/// <param name="Text">The decoded text (empty on failure).</param>
/// <param name="EncodingName">The web name of the encoding used, or null on failure.</param>
/// <param name="Source">What decided the encoding: bom, http, meta, utf8, detected, fallback.</param>
/// <param name="Error">Why there is no text (binary content), or null.</param>
public sealed record DecodedText(string Text, string? EncodingName, string Source, string? Error)
{
    public bool Succeeded => Error is null;
}

/// <summary>Turns raw bytes into text: BOM, then the HTTP charset, then <c>&lt;meta charset&gt;</c>, then valid UTF-8, then detection.</summary>
/// <remarks>
/// Legacy code pages (windows-1251, EUC-KR, Shift_JIS, GB18030, ISO-8859-x) come from <see cref="CodePagesEncodingProvider"/>,
/// registered once. Decoding replaces invalid sequences rather than throwing. Content that looks binary (NUL bytes,
/// control characters, known file signatures) is refused with an error. Stateless and thread-safe.
/// </remarks>
public static partial class TextDecoding
{
    static TextDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>Decodes <paramref name="bytes"/>; <paramref name="contentType"/> is the HTTP header when known.</summary>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, string? contentType = null, bool lookForMetaCharset = true)
    {
        var choice = Choose(bytes, contentType, lookForMetaCharset);
        if (choice.Error is not null)
        {
            return new DecodedText("", null, choice.Source, choice.Error);
        }
        return new DecodedText(choice.Encoding.GetString(bytes[choice.Skip..]), choice.Encoding.WebName, choice.Source, null);
    }

    /// <summary>How <see cref="Decode"/> would read the bytes: the encoding, the BOM bytes to skip, what decided it, or why not.</summary>
    internal readonly record struct EncodingChoice(Encoding Encoding, int Skip, string Source, string? Error);

    /// <summary>
    /// Chooses the encoding as <see cref="Decode"/> does without decoding, for callers that decode into a buffer of their own.
    /// </summary>
    internal static EncodingChoice Choose(ReadOnlySpan<byte> bytes, string? contentType, bool lookForMetaCharset)
    {
        if (bytes.IsEmpty)
        {
            return new EncodingChoice(Utf8NoBom, 0, "empty", null);
        }
        if (FromBom(bytes) is { } bom)
        {
            return new EncodingChoice(bom.Encoding, bom.Length, "bom", null);
        }
        if (LooksBinary(bytes) is { } binary)
        {
            return new EncodingChoice(Utf8NoBom, 0, "sniff", binary);
        }
        if (Charset(contentType) is { } http && Resolve(http) is { } httpEncoding)
        {
            return new EncodingChoice(httpEncoding, 0, "http", null);
        }
        if (lookForMetaCharset && MetaCharset(bytes) is { } meta && Resolve(meta) is { } metaEncoding)
        {
            // A page that declares a legacy charset but is valid UTF-8 was re-saved as UTF-8 without fixing the tag.
            var declaredUtf8Compatible = metaEncoding.CodePage is 65001 or 20127;
            if (declaredUtf8Compatible || !IsUtf8(bytes) || IsAscii(bytes))
            {
                return new EncodingChoice(metaEncoding, 0, "meta", null);
            }
        }
        if (IsUtf8(bytes))
        {
            return new EncodingChoice(Utf8NoBom, 0, "utf8", null);
        }
        var sample = bytes.Length > 256 * 1024 ? bytes[..(256 * 1024)] : bytes;
        var detected = UtfUnknown.CharsetDetector.DetectFromBytes(sample).Detected;
        if (detected?.Encoding is { } encoding && detected.Confidence > 0.2)
        {
            return new EncodingChoice(encoding, 0, "detected", null);
        }
        return new EncodingChoice(Encoding.GetEncoding(1252), 0, "fallback", null);
    }

    /// <summary>The encoding a charset label names, or null when unknown. Labels follow common aliases (e.g. <c>x-sjis</c>, <c>gb2312</c>).</summary>
    public static Encoding? Resolve(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        var name = label.Trim().Trim('"', '\'').ToUpperInvariant() switch
        {
            "UTF8" => "utf-8",
            "X-SJIS" or "SJIS" or "SHIFT-JIS" or "MS_KANJI" or "WINDOWS-31J" => "shift_jis",
            "GB2312" or "GBK" or "X-GBK" or "CP936" => "gb18030",
            "KS_C_5601-1987" or "KSC5601" or "WINDOWS-949" or "CP949" => "ks_c_5601-1987",
            "ISO-8859-1" or "LATIN1" or "US-ASCII" or "ASCII" => "windows-1252", // as browsers do
            "UNICODE" => "utf-16",
            var other => other.ToLowerInvariant(),
        };
        try
        {
            return name == "utf-8" ? Utf8NoBom : Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static (Encoding Encoding, int Length)? FromBom(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0xEF, 0xBB, 0xBF, ..] => (Utf8NoBom, 3),
        [0xFF, 0xFE, 0, 0, ..] => (new UTF32Encoding(bigEndian: false, byteOrderMark: false), 4),
        [0xFF, 0xFE, ..] => (new UnicodeEncoding(bigEndian: false, byteOrderMark: false), 2),
        [0xFE, 0xFF, ..] => (new UnicodeEncoding(bigEndian: true, byteOrderMark: false), 2),
        _ => null,
    };

    private static string? LooksBinary(ReadOnlySpan<byte> bytes)
    {
        ReadOnlySpan<byte> head = bytes.Length > 8192 ? bytes[..8192] : bytes;
        if (head is [0x89, 0x50, 0x4E, 0x47, ..] or [0xFF, 0xD8, 0xFF, ..] or [0x47, 0x49, 0x46, 0x38, ..] or [0x25, 0x50, 0x44, 0x46, ..]
            or [0x50, 0x4B, 0x03, 0x04, ..] or [0x1F, 0x8B, ..] or [0x7F, 0x45, 0x4C, 0x46, ..] or [0x4D, 0x5A, ..])
        {
            return "binary content (file signature)";
        }
        var control = 0;
        foreach (var b in head)
        {
            if (b == 0 || (b < 0x20 && b is not (0x09 or 0x0A or 0x0D or 0x0C or 0x1B)))
            {
                control++;
            }
        }
        return control > Math.Max(4, head.Length / 50) ? "binary content (control bytes)" : null;
    }

    private static bool IsUtf8(ReadOnlySpan<byte> bytes)
    {
        // A page cut mid-character is still UTF-8: ignore up to three trailing bytes of a partial sequence.
        for (var trim = 0; trim <= 3 && trim < bytes.Length; trim++)
        {
            if (Utf8.IsValid(bytes[..^trim]))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsAscii(ReadOnlySpan<byte> bytes) => System.Text.Ascii.IsValid(bytes);

    private static string? Charset(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
        {
            return null;
        }
        var match = CharsetParameter().Match(contentType);
        return match.Success ? match.Groups[1].Value : null;
    }

    private static string? MetaCharset(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes.Length > 4096 ? bytes[..4096] : bytes);
        var match = MetaCharsetPattern().Match(head);
        return match.Success ? match.Groups[1].Value : null;
    }

    [GeneratedRegex(@"charset\s*=\s*[""']?([A-Za-z0-9_:.\-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetParameter();

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?\s*([A-Za-z0-9_:.\-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharsetPattern();
}
