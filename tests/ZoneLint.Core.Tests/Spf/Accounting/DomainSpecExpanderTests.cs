using ZoneLint.Core.Model;
using ZoneLint.Core.Spf;
using ZoneLint.Core.Spf.Accounting;

namespace ZoneLint.Core.Tests.Spf.Accounting;

/// <summary>RFC 7208 §7.3 transformers on %{d}, the only macro known before a message arrives.</summary>
public sealed class DomainSpecExpanderTests
{
    private static SpfMacroString SpecOf(string mechanism) =>
        ((SpfMechanism)SpfRecordParser.Parse("v=spf1 " + mechanism).Terms[0]).DomainSpec!;

    [Theory]
    [InlineData("include:_spf.%{d}", "_spf.mail.example.com.")]
    [InlineData("include:%{d2}", "example.com.")]
    [InlineData("include:%{dr}", "com.example.mail.")]
    [InlineData("include:%{d1r}.x.example.net", "mail.x.example.net.")]
    [InlineData("include:%{D}", "mail.example.com.")]
    [InlineData("include:_spf.example.net.", "_spf.example.net.")]
    public void The_d_macro_expands_with_its_transformers(string mechanism, string expected)
    {
        var name = DomainSpecExpander.Expand(SpecOf(mechanism), DomainName.Parse("mail.example.com."), out var macros, out var error);

        Assert.Null(macros);
        Assert.Null(error);
        Assert.Equal(DomainName.Parse(expected), name);
    }

    [Theory]
    [InlineData("exists:%{i}._spf.%{d}", "%{i}")]
    [InlineData("include:%{l}.example.com", "%{l}")]
    [InlineData("include:%{s}.%{h}.example.com", "%{s}, %{h}")]
    public void Other_macros_depend_on_the_message(string mechanism, string expected)
    {
        var name = DomainSpecExpander.Expand(SpecOf(mechanism), DomainName.Parse("example.com."), out var macros, out _);

        Assert.Null(name);
        Assert.Equal(expected, macros);
    }
}
