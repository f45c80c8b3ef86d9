using System.Collections.Generic;
using System.IO;
using System.Linq;
using ZoneLint.Core.Model;

namespace ZoneLint.Conformance.Tests;

/// <summary>
/// BIND's named-checkzone system-test zones (bind9/checkzone): ZoneLint must accept the files BIND accepts and
/// reject the files BIND rejects, for every file in scope (see <see cref="CheckzoneScope"/>). Each file is loaded
/// with the origin named-checkzone is given and $INCLUDE resolved from the checkzone folder, as BIND's test runs it.
/// "Accepted" means no Error under <see cref="ZoneLintRunner.CheckAsBind"/>.
/// </summary>
public class CheckzoneCorpusTests
{
    public static IEnumerable<object[]> InScopeFiles() =>
        BindExpectations.Checkzone.Values
            .Where(e => e.ExpectAccept || e.ExpectReject)
            .Where(e => !CheckzoneScope.Excluded.ContainsKey(e.File)
                && !CheckzoneScope.KnownBugs.ContainsKey(e.File)
                && !CheckzoneScope.DialectDifferences.ContainsKey(e.File))
            .OrderBy(e => e.File, System.StringComparer.Ordinal)
            .Select(e => new object[] { e.File });

    [ConformanceTheory]
    [MemberData(nameof(InScopeFiles))]
    public void ZoneLintAgreesWithBind(string file)
    {
        var expected = BindExpectations.Checkzone[file];
        var verdict = Check(expected);
        if (expected.ExpectAccept)
        {
            Assert.True(verdict.Accepted,
                $"BIND accepts {file} (origin {expected.Origin}); ZoneLint reports:\n{verdict.Errors}");
        }
        else
        {
            Assert.False(verdict.Accepted,
                $"BIND rejects {file} (origin {expected.Origin}) with \"{expected.Detail}\"; ZoneLint reports no error");
            // For the same reason: a CNAME beside other data must be ZL2006, not an unrelated error on the other record.
            if (expected.Detail.Contains("CNAME and other data", System.StringComparison.Ordinal))
                Assert.True(verdict.ErrorIds.Contains("ZL2006"), $"{file}: BIND says \"CNAME and other data\"; ZoneLint reports:\n{verdict.Errors}");
        }
    }

    public static IEnumerable<object[]> DialectFiles() =>
        CheckzoneScope.DialectDifferences.Keys.OrderBy(f => f, System.StringComparer.Ordinal).Select(f => new object[] { f });

    /// <summary>BIND accepts these; ZoneLint rejects them on purpose, and only with the rules the dialect decision names.</summary>
    [ConformanceTheory]
    [MemberData(nameof(DialectFiles))]
    public void DialectDifferenceIsTheOnlyError(string file)
    {
        var expected = BindExpectations.Checkzone[file];
        Assert.True(expected.ExpectAccept, $"{file}: the dialect table is for files BIND accepts");
        var (rules, reason) = CheckzoneScope.DialectDifferences[file];
        var verdict = Check(expected);
        Assert.False(verdict.Accepted, $"{file}: expected ZoneLint to reject it ({reason}); it accepted it");
        var unexpected = verdict.ErrorIds.Except(rules).ToList();
        Assert.True(unexpected.Count == 0,
            $"{file}: only {string.Join(", ", rules)} may fire ({reason}); also got {string.Join(", ", unexpected)}:\n{verdict.Errors}");
    }

    /// <summary>The tables name real files, and every file of the folder is in the expectations.</summary>
    [ConformanceFact]
    public void ScopeTablesMatchTheCorpus()
    {
        var files = Directory.GetFiles(BindExpectations.CheckzoneZones).Select(Path.GetFileName).ToHashSet();
        var rows = BindExpectations.Checkzone.Keys.ToHashSet();
        Assert.Empty(files.Except(rows));
        Assert.Empty(rows.Except(files));
        Assert.Empty(CheckzoneScope.Excluded.Keys.Except(rows));
        Assert.Empty(CheckzoneScope.KnownBugs.Keys.Except(rows));
        Assert.Empty(CheckzoneScope.AcceptanceOnly.Keys.Except(rows));
        Assert.Empty(CheckzoneScope.DialectDifferences.Keys.Except(rows));
        Assert.Empty(CheckzoneScope.KnownBugs.Keys.Intersect(CheckzoneScope.Excluded.Keys));
        Assert.True(rows.Count >= 150, $"only {rows.Count} rows read from EXPECTATIONS.md");
    }

    /// <summary>generate-overflow.db: `$GENERATE 19-28/2147483645` must stop at 19 (BIND's -D dump has one CNAME).</summary>
    [ConformanceFact]
    public void GenerateWithHugeStepMakesOneRecord()
    {
        var verdict = Check(BindExpectations.Checkzone["generate-overflow.db"]);
        var cnames = verdict.Result.Zone.Records.Where(r => r.Type == RRType.CNAME).ToList();
        Assert.Single(cnames);
        Assert.Equal(DomainName.Parse("19.example.com."), cnames[0].Owner);
    }

    /// <summary>
    /// The owner-less `NS .` in zones/inherit.db takes the owner in force where it is included: the apex, whether the
    /// $INCLUDE has no origin, follows `$ORIGIN @`, or gives `@` as its origin.
    /// </summary>
    [ConformanceTheory]
    [InlineData("nowarn.inherited.owner.db")]
    [InlineData("warn.inherit.origin.db")]
    [InlineData("warn.inherited.owner.db")]
    public void IncludedRecordInheritsTheApexOwner(string file)
    {
        var verdict = Check(BindExpectations.Checkzone[file]);
        var ns = Assert.Single(verdict.Result.Zone.Records, r => r.Type == RRType.NS);
        Assert.Equal(DomainName.Parse("example."), ns.Owner);
        Assert.EndsWith("inherit.db", ns.Span.File);
    }

    internal static ZoneLintVerdict Check(CheckzoneExpectation expected) =>
        ZoneLintRunner.CheckAsBind(BindExpectations.CheckzonePath(expected.File), expected.Origin, BindExpectations.CheckzoneFolder);
}
