namespace Storyline.Text;

/// <summary>The writing systems text handling here tells apart (language identification, word counts, line joins).</summary>
internal enum Script
{
    Other,
    Latin,
    Cyrillic,
    Greek,
    Arabic,
    Hebrew,
    Devanagari,
    Bengali,
    Tamil,
    Thai,
    Georgian,
    Armenian,
    Hangul,
    Kana,
    Han,
}

/// <summary>Which script a character is written in, and the groupings of scripts the stages ask about.</summary>
internal static class Scripts
{
    /// <summary>The script of a Unicode code point (everything up to Latin Extended-B counts as Latin); <see cref="Script.Other"/> for scripts not listed.</summary>
    public static Script Of(int c) => c switch
    {
        <= 0x024F => Script.Latin,
        >= 0x1E00 and <= 0x1EFF => Script.Latin,
        >= 0x0370 and <= 0x03FF => Script.Greek,
        >= 0x1F00 and <= 0x1FFF => Script.Greek,
        >= 0x0400 and <= 0x052F => Script.Cyrillic,
        >= 0x0530 and <= 0x058F => Script.Armenian,
        >= 0x0590 and <= 0x05FF => Script.Hebrew,
        >= 0x0600 and <= 0x06FF => Script.Arabic,
        >= 0x0750 and <= 0x077F => Script.Arabic,
        >= 0xFB50 and <= 0xFEFF => Script.Arabic,
        >= 0x0900 and <= 0x097F => Script.Devanagari,
        >= 0x0980 and <= 0x09FF => Script.Bengali,
        >= 0x0B80 and <= 0x0BFF => Script.Tamil,
        >= 0x0E00 and <= 0x0E7F => Script.Thai,
        >= 0x10A0 and <= 0x10FF => Script.Georgian,
        >= 0x1100 and <= 0x11FF => Script.Hangul,
        >= 0x3130 and <= 0x318F => Script.Hangul,
        >= 0xAC00 and <= 0xD7AF => Script.Hangul,
        >= 0x3040 and <= 0x30FF => Script.Kana,
        >= 0x31F0 and <= 0x31FF => Script.Kana,
        >= 0xFF66 and <= 0xFF9F => Script.Kana,
        >= 0x3400 and <= 0x4DBF => Script.Han,
        >= 0x4E00 and <= 0x9FFF => Script.Han,
        >= 0xF900 and <= 0xFAFF => Script.Han,
        >= 0x20000 and <= 0x2FA1F => Script.Han,
        _ => Script.Other,
    };

    /// <summary>Whether a code point is Chinese or Japanese writing, which puts no spaces between words.</summary>
    public static bool IsUnspaced(int c) => Of(c) is Script.Kana or Script.Han;

    /// <summary>Whether a code point is a CJK punctuation mark or symbol, or a full- or half-width form.</summary>
    public static bool IsCjkMark(int c) => c is >= 0x3000 and <= 0x303F or >= 0xFF00 and <= 0xFF65;
}
