namespace ZoneLint.Core.Syntax;

/// <summary>
/// How long a token and an entry of a real zone can be, derived from the wire format, so that a longer one is
/// refused (ZL1001) before it costs memory: no valid record comes near these bounds.
/// </summary>
public static class EntryLimits
{
    /// <summary>
    /// RDATA is at most 65,535 octets (RDLENGTH, RFC 1035 §3.2.1), and the longest presentation of one octet is
    /// `\DDD`, 4 characters. So no single field is longer than 4 × 65,535 characters: not a quoted SVCB value written
    /// all in escapes, nor RFC 3597 hex (2 per octet) or base64 (4 per 3) written as one word. 262,144 is 4 × 65,536.
    /// </summary>
    public const int MaxTokenLength = 262_144;

    /// <summary>
    /// An entry (a line, or the lines between parentheses) holds at most a maximal RDATA, written as above, plus an owner
    /// (255 octets, at most 1,020 characters), a TTL, a class, a type, and the blanks and comments between them. Four
    /// times the token bound leaves room for all of that: 1,048,576 characters.
    /// </summary>
    public const int MaxEntryLength = 4 * MaxTokenLength;
}
