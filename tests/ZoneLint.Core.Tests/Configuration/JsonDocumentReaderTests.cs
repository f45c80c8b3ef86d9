using System.Linq;
using ZoneLint.Core.Configuration;
using ZoneLint.Core.Text;

namespace ZoneLint.Core.Tests.Configuration;

public class JsonDocumentReaderTests
{
    private static JsonNode? Parse(string text, out System.Collections.Generic.IReadOnlyList<JsonError> errors) =>
        JsonDocumentReader.Parse(new SourceText("zonelint.json", text), out errors);

    [Fact]
    public void Reads_every_kind_of_value_with_its_offsets()
    {
        const string text = "{ \"s\": \"a\\u00e9\\n\\\"\", \"n\": -1.5e3, \"t\": true, \"f\": false, \"z\": null, \"a\": [1, {}] }";
        var root = Assert.IsType<JsonObject>(Parse(text, out var errors));
        Assert.Empty(errors);
        Assert.Equal(new[] { "s", "n", "t", "f", "z", "a" }, root.Members.Select(m => m.Name));
        Assert.Equal((0, text.Length), (root.Start, root.End));

        var s = root.Members[0];
        Assert.Equal("\"s\"", text.Substring(s.NameStart, s.NameEnd - s.NameStart));
        var value = Assert.IsType<JsonString>(s.Value);
        Assert.Equal("a\u00e9\n\"", value.Value);
        Assert.Equal("\"a\\u00e9\\n\\\"\"", text.Substring(value.Start, value.End - value.Start));

        var number = Assert.IsType<JsonNumber>(root.Members[1].Value);
        Assert.Equal("-1.5e3", number.Text);
        Assert.Equal("-1.5e3", text.Substring(number.Start, number.End - number.Start));
        Assert.Equal(JsonKind.True, root.Members[2].Value.Kind);
        Assert.Equal(JsonKind.False, root.Members[3].Value.Kind);
        Assert.Equal(JsonKind.Null, root.Members[4].Value.Kind);
        var array = Assert.IsType<JsonArray>(root.Members[5].Value);
        Assert.Equal(new[] { JsonKind.Number, JsonKind.Object }, array.Items.Select(i => i.Kind));
    }

    [Fact]
    public void Allows_line_and_block_comments_and_a_byte_order_mark()
    {
        const string text = "\uFEFF// settings\n{ /* the rules */ \"a\": 1 // one\n, \"b\": /* two */ 2 }\n/* end */";
        var root = Assert.IsType<JsonObject>(Parse(text, out var errors));
        Assert.Empty(errors);
        Assert.Equal(new[] { "a", "b" }, root.Members.Select(m => m.Name));
    }

    [Theory]
    [InlineData("{}", 0)]
    [InlineData("[]", 0)]
    [InlineData("\"text\"", 0)]
    [InlineData("0", 0)]
    [InlineData("[1, 2.5, -0, 1E+2, 3e-1]", 5)]
    public void Reads_any_value_at_the_top(string text, int items)
    {
        var root = Parse(text, out var errors);
        Assert.Empty(errors);
        Assert.NotNull(root);
        if (root is JsonArray array) Assert.Equal(items, array.Items.Count);
    }

    [Theory]
    // text, line, column, end column, a part of the message, whether the tree survives
    [InlineData("{\"a\": 1,}", 1, 8, 9, "trailing comma before '}'", true)]
    [InlineData("[1, 2,\n]", 1, 6, 7, "trailing comma before ']'", true)]
    [InlineData("{\"a\": 1,\n \"a\": 2}", 2, 2, 5, "duplicate key \"a\" (first on line 1)", true)]
    [InlineData("{\"a\": \"C:\\zones\"}", 1, 10, 12, "bad escape '\\z'", true)]
    [InlineData("{\"a\": \"\\u12\"}", 1, 8, 12, "four hexadecimal digits", true)]
    [InlineData("{\"a\": \"x\ty\"}", 1, 9, 10, "a tab inside a string must be written as an escape (\\t)", true)]
    [InlineData("{\"a\": \"x}", 1, 7, 10, "unterminated string", false)]
    [InlineData("{\n  \"a\": \"x\n}", 2, 8, 10, "unterminated string", false)]
    [InlineData("{\n  'a': 1 }", 2, 3, 4, "double quotes (\"), not single quotes", false)]
    [InlineData("{ \"a\": 'x' }", 1, 8, 9, "not single quotes", false)]
    [InlineData("{ rules: 1 }", 1, 3, 8, "property names must be in double quotes: write \"rules\"", false)]
    [InlineData("{\"a\": 1 \"b\": 2}", 1, 9, 10, "expected ',' or '}' after the value of \"a\", found '\"'", false)]
    [InlineData("{\"a\" 1}", 1, 6, 7, "expected ':' after the name \"a\"", false)]
    [InlineData("{\"a\": 01}", 1, 7, 9, "'01' is not a JSON number", false)]
    [InlineData("{\"a\": 60s}", 1, 7, 10, "'60s' is not a JSON number", false)]
    [InlineData("{\"a\": 1.}", 1, 7, 9, "'1.' is not a JSON number", false)]
    [InlineData("{\"a\": True}", 1, 7, 11, "unexpected 'True'", false)]
    [InlineData("{\"a\": }", 1, 7, 8, "unexpected '}' where a value was expected", false)]
    [InlineData("{\"a\": \u201Cx\u201D}", 1, 7, 8, "typographic quote", false)]
    [InlineData("{\"a\":\u00A01}", 1, 6, 7, "no-break space (U+00A0)", false)]
    [InlineData("{\"a\": 1 / 2}", 1, 9, 10, "unexpected '/'", false)]
    [InlineData("{\n  \"a\": 1\n", 2, 9, 9, "'}' expected, to close the '{' on line 1, column 1", false)]
    [InlineData("{ \"a\": [1, 2 }", 1, 14, 15, "expected ',' or ']' after an array item, found '}'", false)]
    [InlineData("{ , }", 1, 3, 4, "expected a property name in double quotes, found ','", false)]
    [InlineData("{} x", 1, 4, 5, "after the end of the JSON value", false)]
    [InlineData("{}\n/* note", 2, 1, 3, "unterminated comment", false)]
    [InlineData("", 1, 1, 1, "the file is empty", false)]
    [InlineData("  // nothing\n", 2, 1, 1, "the file is empty", false)]
    public void Reports_each_mistake_where_it_is(string text, int line, int column, int endColumn, string message, bool recovers)
    {
        var root = Parse(text, out var errors);
        var error = Assert.Single(errors);
        Assert.Contains(message, error.Message);
        Assert.Equal((line, column, line, endColumn), (error.Span.StartLine, error.Span.StartColumn, error.Span.EndLine, error.Span.EndColumn));
        Assert.Equal(recovers, root != null);
    }

    [Fact]
    public void Keeps_the_first_of_two_equal_keys()
    {
        var root = Assert.IsType<JsonObject>(Parse("{\"a\": 1, \"a\": 2}", out _));
        var member = Assert.Single(root.Members);
        Assert.Equal("1", Assert.IsType<JsonNumber>(member.Value).Text);
    }

    [Fact]
    public void Reports_every_recoverable_mistake_in_one_pass()
    {
        var root = Parse("{\"a\": \"\\q\", \"a\": 1, \"b\": [1,],}", out var errors);
        Assert.NotNull(root);
        Assert.Equal(new[] { 8, 13, 28, 30 }, errors.Select(e => e.Span.StartColumn));
    }

    [Fact]
    public void Refuses_nesting_deeper_than_the_limit()
    {
        string text = new string('[', JsonDocumentReader.MaxDepth + 1) + new string(']', JsonDocumentReader.MaxDepth + 1);
        Assert.Null(Parse(text, out var errors));
        var error = Assert.Single(errors);
        Assert.Equal(JsonDocumentReader.MaxDepth + 1, error.Span.StartColumn);
        Assert.Contains("nested more than", error.Message);

        string limit = new string('[', JsonDocumentReader.MaxDepth) + new string(']', JsonDocumentReader.MaxDepth);
        Assert.NotNull(Parse(limit, out var none));
        Assert.Empty(none);
    }
}
