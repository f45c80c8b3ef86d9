using System.Globalization;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using ZoneLint.Core.Model;
using ZoneLint.Core.Rdata;

namespace ZoneLint.Core.Tests.Properties;

/// <summary>
/// Another way to write the same record, as people do: the owner relative to a $ORIGIN (or `@`), the TTL in units or
/// from $TTL, the class left out or before the TTL, the type in lower case, the RDATA in parentheses over two lines,
/// hex or base64 that ends the RDATA split by white space (BIND reads it as one stream; so does RFC 3597's hex).
/// </summary>
public sealed record TextVariant(int RelativeLabels, bool OwnerAt, int TtlForm, int ClassForm, bool LowerCase, bool Parentheses, int Split)
{
    /// <summary>Types whose RDATA always ends in hex or base64 that runs to the end.</summary>
    private static readonly ushort[] EndInBinary =
    {
        RRType.DS, RRType.CDS, RRType.DLV, RRType.TA, RRType.DNSKEY, RRType.CDNSKEY, RRType.RKEY, RRType.RRSIG, RRType.SIG,
        RRType.TLSA, RRType.SMIMEA, RRType.SSHFP, RRType.ZONEMD, RRType.CERT, RRType.DHCID, RRType.OPENPGPKEY, RRType.HHIT,
        RRType.BRID, RRType.EID, RRType.NIMLOC,
    };

    public static readonly Gen<TextVariant> Any =
        from relative in Gen.Choose(0, 3)
        from at in Gen.Elements(false, true)
        from ttlForm in Gen.Choose(0, 2)
        from classForm in Gen.Choose(0, 2)
        from lower in Gen.Elements(false, true)
        from parentheses in Gen.Elements(false, true)
        from split in Gen.Frequency((1, Gen.Constant(0)), (1, Gen.Choose(1, 1000)))
        select new TextVariant(relative, at, ttlForm, classForm, lower, parentheses, split);

    /// <summary>The zone text: directives, then the record on one or two lines.</summary>
    public string Write(GeneratedRecord record)
    {
        var text = new StringBuilder();
        string owner = record.Owner.ToString();
        if (OwnerAt)
        {
            text.Append("$ORIGIN ").Append(owner).Append('\n');
            owner = "@";
        }
        else if (RelativeLabels > 0 && RelativeLabels <= record.Owner.LabelCount)
        {
            text.Append("$ORIGIN ").Append(record.Owner.Parent(RelativeLabels)).Append('\n');
            string head = DomainName.FromLabels(record.Owner.Labels.Take(RelativeLabels)).ToString();
            owner = head.Substring(0, head.Length - 1); // no trailing dot: relative
        }
        string ttl = TtlForm switch
        {
            1 => Units(record.Ttl),
            2 => string.Empty,
            _ => record.Ttl.ToString(CultureInfo.InvariantCulture),
        };
        if (TtlForm == 2) text.Append("$TTL ").Append(record.Ttl.ToString(CultureInfo.InvariantCulture)).Append('\n');
        string @class = ClassForm == 1 ? string.Empty : Case(RRClass.ToName(record.Class));
        text.Append(owner);
        if (ClassForm == 2) Field(text, @class).Append(' ').Append(ttl);
        else Field(text, ttl).Append(' ').Append(@class);
        text.Append(' ').Append(Case(RRType.ToName(record.Type)));
        string rdata = SplitLast(record.Type, RdataFormatter.Format(record.Type, record.Rdata));
        if (Parentheses) text.Append(" ( ").Append(rdata).Append(" ; continued\n )\n");
        else text.Append(' ').Append(rdata).Append('\n');
        return text.ToString();
    }

    private string SplitLast(ushort type, string rdata)
    {
        if (Split == 0 || !(EndInBinary.Contains(type) || rdata.StartsWith(@"\# ", System.StringComparison.Ordinal))) return rdata;
        int start = rdata.LastIndexOf(' ') + 1;
        int length = rdata.Length - start;
        if (length < 2 || rdata.StartsWith(@"\# 0", System.StringComparison.Ordinal)) return rdata;
        return rdata.Insert(start + 1 + Split % (length - 1), " ");
    }

    private static StringBuilder Field(StringBuilder text, string field) => text.Append(' ').Append(field);

    private string Case(string name) => LowerCase ? name.ToLowerInvariant() : name;

    /// <summary>BIND's units, largest first: 93784 is 1d2h3m4s.</summary>
    private static string Units(uint seconds)
    {
        if (seconds == 0) return "0s";
        var text = new StringBuilder();
        foreach (var (unit, size) in new[] { ("w", 604800u), ("d", 86400u), ("h", 3600u), ("m", 60u), ("s", 1u) })
        {
            if (seconds >= size) text.Append(seconds / size).Append(unit);
            seconds %= size;
        }
        return text.ToString();
    }
}
