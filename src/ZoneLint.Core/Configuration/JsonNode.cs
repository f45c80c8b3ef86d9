using System.Collections.Generic;

namespace ZoneLint.Core.Configuration;

internal enum JsonKind
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}

/// <summary>A JSON value and the offsets [Start, End) of its text, so that every error can point at it.</summary>
internal abstract class JsonNode
{
    protected JsonNode(JsonKind kind, int start, int end)
    {
        Kind = kind;
        Start = start;
        End = end;
    }

    public JsonKind Kind { get; }

    public int Start { get; }

    public int End { get; }

    /// <summary>What kind of value this is, in words, for messages ("an array").</summary>
    public string KindName => Kind switch
    {
        JsonKind.Object => "an object",
        JsonKind.Array => "an array",
        JsonKind.String => "a string",
        JsonKind.Number => "a number",
        JsonKind.True => "true",
        JsonKind.False => "false",
        _ => "null",
    };
}

internal sealed class JsonObject : JsonNode
{
    public JsonObject(int start, int end, IReadOnlyList<JsonMember> members)
        : base(JsonKind.Object, start, end) => Members = members;

    /// <summary>The members in file order. A repeated key is reported by the reader and left out.</summary>
    public IReadOnlyList<JsonMember> Members { get; }
}

/// <summary>One `"name": value` pair; NameStart and NameEnd cover the name with its quotes.</summary>
internal sealed class JsonMember
{
    public JsonMember(string name, int nameStart, int nameEnd, JsonNode value)
    {
        Name = name;
        NameStart = nameStart;
        NameEnd = nameEnd;
        Value = value;
    }

    public string Name { get; }

    public int NameStart { get; }

    public int NameEnd { get; }

    public JsonNode Value { get; }
}

internal sealed class JsonArray : JsonNode
{
    public JsonArray(int start, int end, IReadOnlyList<JsonNode> items)
        : base(JsonKind.Array, start, end) => Items = items;

    public IReadOnlyList<JsonNode> Items { get; }
}

internal sealed class JsonString : JsonNode
{
    public JsonString(int start, int end, string value)
        : base(JsonKind.String, start, end) => Value = value;

    /// <summary>The decoded value, escapes resolved.</summary>
    public string Value { get; }
}

internal sealed class JsonNumber : JsonNode
{
    public JsonNumber(int start, int end, string text)
        : base(JsonKind.Number, start, end) => Text = text;

    /// <summary>The number as written (RFC 8259 §6 grammar); the caller decides what range it accepts.</summary>
    public string Text { get; }
}

/// <summary>true, false or null.</summary>
internal sealed class JsonLiteral : JsonNode
{
    public JsonLiteral(JsonKind kind, int start, int end)
        : base(kind, start, end)
    {
    }
}
