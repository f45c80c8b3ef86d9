using System.Collections.Generic;
using System.IO;
using System.Linq;
using ZoneLint.Core.Model;

namespace ZoneLint.Conformance.Tests;

/// <summary>
/// BIND's master-file loader unit tests (bind9/master, from tests/dns/master_test.c). They call
/// dns_master_loadfile with origin "test" and no zone-level checks (no SOA/NS requirement), so the verdict
/// compared is the parser's alone: no ZL1xxx error. `$include testdata/master/...` is relative to BIND's
/// tests/dns/ folder, so the files are copied into testdata/master/ of a temporary root used as the include root.
/// </summary>
public class MasterLoaderTests
{
    private static readonly object CopyLock = new();

    /// <summary>The temporary include root: a copy of the master files at testdata/master/.</summary>
    public static string IncludeRoot
    {
        get
        {
            string root = Path.Combine(TempWorkspace.Directory, "master-root");
            lock (CopyLock)
            {
                string target = Path.Combine(root, "testdata", "master");
                if (!Directory.Exists(target))
                {
                    Directory.CreateDirectory(target);
                    foreach (var file in Directory.GetFiles(BindExpectations.MasterFolder, "*.data"))
                        File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
                }
            }
            return root;
        }
    }

    public static string PathOf(string file) => Path.Combine(IncludeRoot, "testdata", "master", file);

    public static IEnumerable<object[]> TextFiles() =>
        BindExpectations.Master.Values
            .Where(e => e.IsText && (e.ExpectAccept || e.ExpectReject))
            .Where(e => e.File is not ("master7.data" or "master15.data"))
            .OrderBy(e => e.File, System.StringComparer.Ordinal)
            .Select(e => new object[] { e.File });

    [ConformanceTheory]
    [MemberData(nameof(TextFiles))]
    public void LoaderVerdictAgreesWithBind(string file)
    {
        var expected = BindExpectations.Master[file];
        var verdict = ZoneLintRunner.CheckAsBind(PathOf(file), "test", IncludeRoot);
        if (expected.ExpectAccept)
        {
            Assert.True(verdict.ParsedWithoutError,
                $"BIND loads {file} ({expected.Expected}: {expected.Checks}); ZoneLint's parser reports:\n{verdict.ParserErrors}");
        }
        else
        {
            Assert.False(verdict.ParsedWithoutError,
                $"BIND fails {file} with {expected.Expected} ({expected.Checks}); ZoneLint's parser reports no error");
        }
    }

    /// <summary>master7.data: BIND rejects a DNSKEY with no key material (ISC_R_UNEXPECTEDEND), flags NOKEY or not
    /// (only a KEY may omit its key); ZoneLint reads the flag names and rejects it for the missing key.</summary>
    [ConformanceFact]
    public void DnskeyWithoutKeyIsRejected()
    {
        var verdict = ZoneLintRunner.CheckAsBind(PathOf("master7.data"), "test", IncludeRoot);
        Assert.False(verdict.ParsedWithoutError);
        Assert.Contains("missing public key in DNSKEY", verdict.ParserErrors);
    }

    /// <summary>master8.data: the include list names testdata/master/master6.data (DNS_R_SEENINCLUDE).</summary>
    [ConformanceFact]
    public void IncludeListNamesTheIncludedFile()
    {
        var verdict = ZoneLintRunner.CheckAsBind(PathOf("master8.data"), "test", IncludeRoot);
        Assert.Contains(verdict.Result.Zone.Files, f => f.Path.Replace('\\', '/').EndsWith("testdata/master/master6.data"));
    }

    /// <summary>master9.data: an error inside an included file fails the load, and is reported in that file.</summary>
    [ConformanceFact]
    public void ErrorInIncludedFileIsReportedThere()
    {
        var verdict = ZoneLintRunner.CheckAsBind(PathOf("master9.data"), "test", IncludeRoot);
        Assert.False(verdict.ParsedWithoutError);
        Assert.Contains(verdict.Result.Zone.Diagnostics, d => d.Span.File.EndsWith("master5.data"));
    }

    /// <summary>master11.data: the serial 00090000 is decimal 90000, not octal.</summary>
    [ConformanceFact]
    public void SerialWithLeadingZerosIsDecimal()
    {
        var verdict = ZoneLintRunner.CheckAsBind(PathOf("master11.data"), "test", IncludeRoot);
        var soa = Assert.Single(verdict.Result.Zone.Records, r => r.Type == RRType.SOA);
        byte[] wire = soa.Rdata.Wire;
        Assert.True(wire.Length >= 20, $"SOA RDATA is {wire.Length} octets");
        int at = wire.Length - 20;
        uint serial = (uint)(wire[at] << 24 | wire[at + 1] << 16 | wire[at + 2] << 8 | wire[at + 3]);
        Assert.Equal(90000u, serial);
    }

    /// <summary>master17.data: after `$ORIGIN sub.test.` an owner-less record keeps the previous owner (b.test.).</summary>
    [ConformanceFact]
    public void OwnerIsInheritedAcrossOrigin()
    {
        var verdict = ZoneLintRunner.CheckAsBind(PathOf("master17.data"), "test", IncludeRoot);
        var last = verdict.Result.Zone.Records.Last();
        Assert.Equal(RRType.A, last.Type);
        Assert.Equal(DomainName.Parse("b.test."), last.Owner);
    }

    /// <summary>
    /// master16.data: the largest record dns_master_loadfile takes (65512 octets of TXT RDATA; master15.data has one
    /// octet more). ZoneLint loads it, with the RDATA intact.
    /// </summary>
    [ConformanceFact]
    public void MaximumRdataLoads()
    {
        // master15.data has one octet more (65513): BIND's loader runs out of buffer, but RDLENGTH allows up to 65535
        // (RFC 1035 §3.2.1), which is the limit ZoneLint checks (a dialect decision, docs/zone-file-dialect.md).
        var over = ZoneLintRunner.CheckAsBind(PathOf("master15.data"), "test", IncludeRoot);
        Assert.True(over.ParsedWithoutError, over.ParserErrors);

        var verdict = ZoneLintRunner.CheckAsBind(PathOf("master16.data"), "test", IncludeRoot);
        Assert.True(verdict.ParsedWithoutError, verdict.ParserErrors);
        var txt = Assert.Single(verdict.Result.Zone.Records, r => r.Type == RRType.TXT);
        Assert.Equal(65512, txt.Rdata.Wire.Length);
    }
}
