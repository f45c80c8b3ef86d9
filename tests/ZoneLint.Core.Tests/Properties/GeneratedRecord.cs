using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using ZoneLint.Core.Model;
using ZoneLint.Core.Parsing;
using ZoneLint.Core.Rdata;
using ZoneLint.Core.Tests.Rdata;

namespace ZoneLint.Core.Tests.Properties;

/// <summary>A record as the parser would hold it; shown on failure with its wire RDATA and the line it is written as.</summary>
public sealed record GeneratedRecord(DomainName Owner, uint Ttl, ushort Class, ushort Type, byte[] Rdata)
{
    public string Line => RdataFormatter.FormatRecord(Owner, Ttl, Class, Type, Rdata);

    public override string ToString() =>
        $"{RRType.ToName(Type)} record, owner {RdataText.Hex(Owner.ToWire())}, RDATA {RdataGenerators.Describe(Rdata)}, written as: {Line}";
}

/// <summary>The generators FsCheck's [Property] methods draw their arguments from.</summary>
public static class RecordArbitraries
{
    public static readonly Gen<uint> Ttls = Gen.Frequency(
        (1, Gen.Elements(0u, 1u, 60u, 300u, 3600u, 86400u, 604800u, Ttl.Max)),
        (3, Gen.Choose(0, int.MaxValue).Select(t => (uint)t)));

    /// <summary>IN mostly; the other classes of RFC 1035, and the rest written CLASSnnn (RFC 3597 §5).</summary>
    public static readonly Gen<ushort> Classes = Gen.Frequency(
        (6, Gen.Constant(RRClass.IN)),
        (1, Gen.Elements(RRClass.CH, RRClass.HS, RRClass.CS)),
        (1, Gen.Choose(5, 65535).Select(c => (ushort)c)));

    /// <summary>Every type with a presentation form about equally often, and some that have none.</summary>
    public static readonly Gen<(ushort Type, byte[] Rdata)> TypedRdata = Gen.Frequency(
        (9, Gen.Elements(RdataGenerators.ByType.Keys.ToArray()).SelectMany(type => RdataGenerators.ByType[type], (type, rdata) => (type, rdata))),
        (1, RdataGenerators.Unknown));

    public static Gen<GeneratedRecord> RecordsOf(Gen<(ushort Type, byte[] Rdata)> rdata) =>
        from owner in FieldGenerators.Name
        from ttl in Ttls
        from @class in Classes
        from typed in rdata
        select new GeneratedRecord(owner, ttl, @class, typed.Type, typed.Rdata);

    public static Arbitrary<GeneratedRecord> Records() => Arb.From(RecordsOf(TypedRdata));

    /// <summary>A record and how to write it other than canonically: relative owner, units, lower case, parentheses.</summary>
    public static Arbitrary<(GeneratedRecord Record, TextVariant Variant)> RecordsWithVariants() =>
        Arb.From(RecordsOf(TypedRdata).SelectMany(_ => TextVariant.Any, (record, variant) => (record, variant)));
}
