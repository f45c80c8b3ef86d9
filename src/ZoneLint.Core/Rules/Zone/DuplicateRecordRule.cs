using System.Collections.Generic;
using ZoneLint.Core.Diagnostics;
using ZoneLint.Core.Model;

namespace ZoneLint.Core.Rules.Zone;

/// <summary>ZL2008: the same owner, class, type and RDATA twice. An RRset is a set, so the second does nothing.</summary>
public sealed class DuplicateRecordRule : ZoneRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.DuplicateRecord;

    public override void Analyze(ZoneContext context)
    {
        foreach (var pair in context.RecordsByOwner)
        {
            var seen = new Dictionary<string, ResourceRecord>();
            foreach (var record in pair.Value)
            {
                string key = record.Class + "/" + record.Type + "/" + System.Convert.ToBase64String(CanonicalRdata(record));
                if (!seen.TryGetValue(key, out var first))
                {
                    seen[key] = record;
                    continue;
                }
                if (record.Generated && first.Generated) continue; // overlapping $GENERATE ranges are usually meant
                context.Report(Descriptor, record.Span,
                    $"this {record.TypeName} record of {record.Owner} repeats the one on line {first.Span.StartLine}; DNS keeps one copy, so delete one of them");
            }
        }
    }

    /// <summary>
    /// RDATA with its domain names lower-cased (RFC 4034 §6.2), so `MX 10 mail` and `MX 10 MAIL` are the same record.
    /// The names are found in field order in the wire form, where the parser wrote them.
    /// </summary>
    internal static byte[] CanonicalRdata(ResourceRecord record)
    {
        var wire = record.Rdata.Wire;
        if (record.Rdata.Names.Count == 0) return wire;
        var canonical = (byte[])wire.Clone();
        int from = 0;
        foreach (var field in record.Rdata.Names)
        {
            var name = field.Name.ToWire();
            int at = IndexOf(wire, name, from);
            if (at < 0) break;
            for (int i = at; i < at + name.Length; i++)
            {
                if (canonical[i] >= 'A' && canonical[i] <= 'Z') canonical[i] = (byte)(canonical[i] + 32);
            }
            from = at + name.Length;
        }
        return canonical;
    }

    private static int IndexOf(byte[] haystack, byte[] needle, int from)
    {
        for (int i = from; i <= haystack.Length - needle.Length; i++)
        {
            int j = 0;
            while (j < needle.Length && haystack[i + j] == needle[j]) j++;
            if (j == needle.Length) return i;
        }
        return -1;
    }
}
