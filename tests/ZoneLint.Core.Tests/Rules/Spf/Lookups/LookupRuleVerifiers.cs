using System;
using System.Linq;
using ZoneLint.Core.Checking;
using ZoneLint.Core.Dns;
using ZoneLint.Core.Model;
using ZoneLint.Core.Parsing;
using ZoneLint.Core.Rules;
using ZoneLint.Core.Tests.Harness;

namespace ZoneLint.Core.Tests.Rules.Spf.Lookups;

/// <summary>Verifiers for the lookup rules: the zone under test alone, or with other zones of the same run.</summary>
internal static class LookupRuleVerifiers
{
    /// <summary>Every rule but the ZL4xxx ones, whose missing-DMARC warning (ZL4005) every mail domain here would get.</summary>
    public static readonly RuleVerifier Alone = RuleVerifier.Core().WithoutMailAuthentication();

    /// <summary>A verifier whose run also holds <paramref name="others"/> (origin, records), as `zonelint check` gives one view of DNS.</summary>
    public static RuleVerifier WithZones(string markup, params (string Origin, string Body)[] others) =>
        With(markup, settings => { }, others);

    public static RuleVerifier With(string markup, Action<RuleSettings> configure, params (string Origin, string Body)[] others) =>
        EveryRuleWith(markup, configure, others).WithoutMailAuthentication();

    /// <summary><see cref="With"/> comparing every rule, the ZL4xxx ones too.</summary>
    public static RuleVerifier EveryRuleWith(string markup, Action<RuleSettings> configure, params (string Origin, string Body)[] others)
    {
        var self = ZoneParser.ParseText(RuleVerifier.TestPath, ZoneMarkup.Parse(markup).Text, new ParseOptions { Origin = DomainName.Parse("example.com.") });
        var zones = new[] { self }.Concat(others.Select(o => ZoneParser.ParseText(o.Origin + "zone", Zones.Apex + o.Body, new ParseOptions { Origin = DomainName.Parse(o.Origin) })));
        var settings = new RuleSettings { SpfResolver = new ZoneResolver(zones) };
        configure(settings);
        return RuleVerifier.Core(options => options.Rules = settings);
    }

    /// <summary>Only the zone under test, with settings changed.</summary>
    public static RuleVerifier WithSettings(Action<RuleSettings> configure)
    {
        var settings = new RuleSettings();
        configure(settings);
        return RuleVerifier.Core(options => options.Rules = settings).WithoutMailAuthentication();
    }
}
