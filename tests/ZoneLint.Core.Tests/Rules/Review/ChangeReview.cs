using System;
using ZoneLint.Core.Checking;
using ZoneLint.Core.Dns;
using ZoneLint.Core.Model;
using ZoneLint.Core.Parsing;
using ZoneLint.Core.Rules.Review;
using ZoneLint.Core.Tests.Harness;

namespace ZoneLint.Core.Tests.Rules.Review;

/// <summary>A verifier whose zone is compared with <c>base</c>, the same zone at an earlier revision (as `check --base` does).</summary>
internal static class ChangeReview
{
    public static readonly DateTime Today = new(2026, 11, 28);

    public static RuleVerifier Against(string baseText, params string[] only) =>
        RuleVerifier.Core(options => Attach(options, baseText)).Only(only);

    public static void Attach(CheckOptions options, string baseText)
    {
        var parse = new ParseOptions { Origin = DomainName.Parse("example.com.") };
        var zone = ZoneParser.ParseText("base.zone", baseText, parse);
        options.Rules.Base = new ZoneBase("main", zone, new ZoneResolver(new[] { zone }));
        options.Rules.Today = Today;
    }
}
