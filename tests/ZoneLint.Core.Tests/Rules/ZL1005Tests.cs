using ZoneLint.Core.Tests.Harness;

namespace ZoneLint.Core.Tests.Rules;

/// <summary>ZL1005: $GENERATE with a bad range, step or modifier, or an expansion over the limit.</summary>
public sealed class ZL1005Tests
{
    private static readonly RuleVerifier Verifier = RuleVerifier.Core();

    [Theory]
    [InlineData("10-1", "start 10 is after the stop 1")]
    [InlineData("1-10/0", "step must be at least 1")]
    [InlineData("1-10/x", "step")]
    [InlineData("1", "start-stop")]
    [InlineData("-5", "start-stop")]
    [InlineData("a-10", "'a' is not a number")]
    [InlineData("1-2147483648", "not a number")]
    public void Bad_range_is_reported_on_the_range(string range, string fragment)
    {
        Verifier.VerifyMessage(Zones.Apex + "$GENERATE {|ZL1005:" + range + "|} host$ A 192.0.2.$\n", "ZL1005", fragment);
    }

    [Theory]
    [InlineData("host${0,3,q}", "bad base 'q'")]
    [InlineData("host${x}", "bad offset 'x'")]
    [InlineData("host${0,w}", "bad width 'w'")]
    [InlineData("host${0,3,d,1}", "bad modifier")]
    [InlineData("host${0", "without its closing")]
    public void Bad_modifier_is_reported_on_its_template(string owner, string fragment)
    {
        Verifier.VerifyMessage(Zones.Apex + "$GENERATE 1-3 {|ZL1005:" + owner + "|} A 192.0.2.$\n", "ZL1005", fragment);
    }

    [Fact]
    public void Bad_modifier_in_the_RDATA_template_is_reported_once()
    {
        Verifier.Verify(Zones.Apex + "$GENERATE 1-100 host$ A {|ZL1005:192.0.2.${0,3,z}|}\n");
    }

    [Fact]
    public void Too_few_fields()
    {
        Verifier.VerifyMessage(Zones.Apex + "{|ZL1005:$GENERATE 1-3 host$ A|}\n", "ZL1005", "needs a range, an owner, a type and RDATA");
    }

    [Fact]
    public void Templates_that_expand_to_nothing_are_reported_not_thrown()
    {
        // Found by the parser fuzzer (fuzz/regressions/parser/): empty quoted templates left the record no owner.
        Verifier.VerifyMessage(Zones.Apex + "{|ZL1005:$GENERATE 0-7 \"\" \"\" \"\" \"\"|}\n", "ZL1005", "the templates expand to nothing");
    }

    [Fact]
    public void Expansion_over_the_configured_limit_is_reported_on_the_range()
    {
        var verifier = RuleVerifier.Core(o => o.Parse.MaxGenerateRecords = 10);
        verifier.VerifyMessage(Zones.Apex + "$GENERATE {|ZL1005:1-11|} host$ A 192.0.2.$\n", "ZL1005", "11 records, over the limit of 10");
        verifier.Verify(Zones.Apex + "$GENERATE 1-10 host$ A 192.0.2.$\n");
        verifier.Verify(Zones.Apex + "$GENERATE 1-20/2 host$ A 192.0.2.$\n");
    }

    [Fact]
    public void Default_limit_is_65536_records()
    {
        Verifier.Verify(Zones.Apex + "$GENERATE {|ZL1005:0-65536|} host$ A 192.0.2.1\n");
    }

    [Fact]
    public void Bad_RDATA_of_the_generated_type_is_a_syntax_error_reported_once()
    {
        Verifier.Verify(Zones.Apex + "$GENERATE 1-300 host$ A {|ZL1001:192.0.2.$|}\n");
    }

    [Fact]
    public void Valid_directives_make_no_finding()
    {
        Verifier.Verify(Zones.Apex + """
            $GENERATE 1-4 host$ A 192.0.2.$
            $GENERATE 0-15/5 ${100,3,d}.rev PTR host$.example.net.
            $GENERATE 1-2 @ TXT "n=$ \$"
            $GENERATE 1-2 dyn$ 300 IN CNAME host$
            """);
    }
}
