using System.Linq;
using ZoneLint.Core.Spf;

namespace ZoneLint.Core.Tests.Spf.Parsing;

/// <summary>Macro-strings of RFC 7208 §7.1: domain-spec, unknown-modifier values and explanation text.</summary>
public sealed class SpfMacroParserTests
{
    [Fact]
    public void Macro_is_split_into_letter_digits_reverse_and_delimiters()
    {
        var spec = SpfMacroParser.ParseDomainSpec("%{ir}.%{l2r+-}.%{D1}._spf.example.com", out var error);
        Assert.Null(error);
        Assert.Equal(new SpfMacroPart[]
        {
            new SpfMacro('i', false, null, true, ""),
            new SpfLiteral("."),
            new SpfMacro('l', false, 2, true, "+-"),
            new SpfLiteral("."),
            new SpfMacro('d', true, 1, false, ""),
            new SpfLiteral("._spf.example.com"),
        }, spec!.Parts);
        Assert.True(spec.HasMacros);
        Assert.Equal("%{ir}.%{l2r+-}.%{D1}._spf.example.com", spec.Text);
    }

    [Fact]
    public void Escapes_are_decoded_to_percent_space_and_url_space()
    {
        var spec = SpfMacroParser.ParseDomainSpec("macro%%percent%_%_space%-url-space.example.com", out var error);
        Assert.Null(error);
        Assert.Equal(new SpfMacroPart[] { new SpfLiteral("macro%percent  space%20url-space.example.com") }, spec!.Parts);
        Assert.False(spec.HasMacros);
    }

    [Theory]
    [InlineData("example.com")]
    [InlineData("example.com.")]
    [InlineData("_spf.google.com")]
    [InlineData(".com")]
    [InlineData("%{d}")]
    [InlineData("%{d}%%")]
    [InlineData("%{d}%_")]
    [InlineData("%{i}.%{v}.arpa")]
    [InlineData("foo.xn--zckzah")]
    [InlineData("a.b-c")]
    [InlineData("x.1-2")]
    [InlineData("foo:bar/baz.example.com")]
    [InlineData("%{s}%{l}%{o}%{d}%{i}%{p}%{h}%{v}")]
    [InlineData("%{d128}.%{d999999999}.example")]
    public void Valid_domain_specs(string text)
    {
        Assert.NotNull(SpfMacroParser.ParseDomainSpec(text, out var error));
        Assert.Null(error);
    }

    [Theory]
    [InlineData("", 0, 0, "the domain is empty")]
    [InlineData("com", 0, 3, "single label")]
    [InlineData("example.123", 8, 11, "all digits")]
    [InlineData("example.-com", 8, 12, "begins or ends with '-'")]
    [InlineData("example.com-", 8, 12, "begins or ends with '-'")]
    [InlineData("example.c_m", 8, 11, "it holds '_'")]
    [InlineData("example.com..", 12, 12, "it is empty")]
    [InlineData("%{d}com", 4, 7, "must end in a macro or in a dot and a top label")]
    [InlineData("%{d}.", 4, 5, "must end in a macro")]
    [InlineData("%{r}.example.com", 0, 4, "only in explanation text")]
    [InlineData("a.%{x}.example.com", 2, 6, "'x' is not a macro letter")]
    [InlineData("%{d", 0, 3, "never closed")]
    [InlineData("x%y.example.com", 1, 3, "a '%' must be followed by")]
    [InlineData("x.example.com%", 13, 14, "a '%' ends the text")]
    [InlineData("a b.example.com", 1, 2, "not allowed here")]
    public void Invalid_domain_specs_point_at_the_mistake(string text, int start, int end, string message)
    {
        Assert.Null(SpfMacroParser.ParseDomainSpec(text, out var error));
        Assert.NotNull(error);
        Assert.Equal((start, end), (error!.Start, error.End));
        Assert.Contains(message, error.Message);
    }

    [Theory]
    [InlineData("Connections from %{c} not authorized.")]
    [InlineData("%{c} is queried as %{ir}.%{v}.arpa")]
    [InlineData("connect from %{p} at %{t} via %{r}")]
    [InlineData("http://example.com/why.html?l=%{L}")]
    [InlineData("This is a test.")]
    [InlineData("")]
    public void Explanations_allow_spaces_and_c_r_t(string text)
    {
        var parsed = SpfMacroParser.ParseExplanation(text, out var error);
        Assert.Null(error);
        Assert.Equal(text, parsed!.Text);
    }

    [Theory]
    [InlineData("The %{x}-files.", "'x' is not a macro letter")]
    [InlineData("100% sure", "a '%' must be followed by")]
    [InlineData("\u00EF\u00BB\u00BFExplanation", "not allowed here")]
    public void Invalid_explanations(string text, string message)
    {
        Assert.Null(SpfMacroParser.ParseExplanation(text, out var error));
        Assert.Contains(message, error!.Message);
    }

    [Fact]
    public void Unknown_modifier_values_need_no_top_label_and_may_use_every_letter()
    {
        var value = SpfMacroParser.Parse("%{c}x", SpfMacroContext.ModifierValue, out var error);
        Assert.Null(error);
        Assert.Equal('c', ((SpfMacro)value!.Parts.First()).Letter);
    }
}
