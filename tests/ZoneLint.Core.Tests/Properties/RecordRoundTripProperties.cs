using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ZoneLint.Core.Model;
using ZoneLint.Core.Rdata;
using ZoneLint.Core.Tests.Rdata;

namespace ZoneLint.Core.Tests.Properties;

/// <summary>
/// Record → text → record, for generated records of every type: the line <see cref="RdataFormatter"/> writes parses
/// back to the same owner, TTL, class, type and wire RDATA. FsCheck draws new records each run and prints the seed
/// (Replay) of a failing one; `[Property(Replay = "...")]` runs that case again.
/// </summary>
public sealed class RecordRoundTripProperties
{
    [Property(MaxTest = 300, Arbitrary = new[] { typeof(RecordArbitraries) })]
    public void RecordToTextToRecord(GeneratedRecord record)
    {
        string line = record.Line;
        RoundTrip.AssertSame(record, RoundTrip.ParseOne(line, record.Class), line);
        string rdata = RdataFormatter.Format(record.Type, record.Rdata);
        // A type ZoneLint reads in presentation form is written in it: the generic form is only for the others.
        Assert.True(RdataTypes.Find(record.Type) == null == rdata.StartsWith(@"\# ", StringComparison.Ordinal), $"RDATA written as: {rdata}");
    }

    /// <summary>Whatever way a record is written, one parse and format gives the canonical line, and that line is a fixed point.</summary>
    [Property(MaxTest = 200, Arbitrary = new[] { typeof(RecordArbitraries) })]
    public void TextToRecordToTextIsAFixedPointAfterOneStep((GeneratedRecord Record, TextVariant Variant) input)
    {
        var (record, variant) = input;
        string text = variant.Write(record);
        var parsed = RoundTrip.ParseOne(text, record.Class);
        RoundTrip.AssertSame(record, parsed, text);
        string once = RdataFormatter.FormatRecord(parsed);
        Assert.Equal(record.Line, once);
        Assert.Equal(once, RdataFormatter.FormatRecord(RoundTrip.ParseOne(once, record.Class)));
    }

    /// <summary>RFC 3597 §5: the generic form of any record, a type ZoneLint knows or not, reads back as the same wire.</summary>
    [Property(MaxTest = 200, Arbitrary = new[] { typeof(RecordArbitraries) })]
    public void GenericFormReadsBackAsTheSameWire(GeneratedRecord record)
    {
        string line = RoundTrip.GenericLine(record.Owner, record.Ttl, record.Class, record.Type, record.Rdata);
        RoundTrip.AssertSame(record, RoundTrip.ParseOne(line, record.Class), line);
    }

    public static IEnumerable<object[]> KnownTypes() =>
        RdataGenerators.ByType.Keys.OrderBy(t => t).Select(t => new object[] { RRType.ToName(t) });

    /// <summary>Each type on its own, so a run covers every one of them (the mixed property above may miss a few).</summary>
    [Theory]
    [MemberData(nameof(KnownTypes))]
    public void EveryTypeRoundTripsInPresentationForm(string typeName)
    {
        Assert.True(RRType.TryParse(typeName, out ushort type));
        var records = RecordArbitraries.RecordsOf(RdataGenerators.ByType[type].Select(rdata => (type, rdata)));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(25).WithQuietOnSuccess(true), Prop.ForAll(Arb.From(records), (GeneratedRecord record) =>
        {
            string rdata = RdataFormatter.Format(record.Type, record.Rdata);
            Assert.False(rdata.StartsWith(@"\# ", StringComparison.Ordinal), $"{typeName} RDATA {RdataText.Hex(record.Rdata)} written in the generic form");
            RoundTrip.AssertSame(record, RoundTrip.ParseOne(record.Line, record.Class), record.Line);
        }));
    }

    /// <summary>Every type the parser reads in presentation form has a generator here, so none is left out of the properties.</summary>
    [Fact]
    public void EveryTypeWithAPresentationFormHasAGenerator()
    {
        var missing = Enumerable.Range(0, 65536).Select(t => (ushort)t)
            .Where(t => RdataTypes.Find(t) != null && !RdataGenerators.ByType.ContainsKey(t))
            .Select(RRType.ToName).ToList();
        Assert.Empty(missing);
    }
}
