import { textOn } from '../../../risks';

/** Band colours by lower-case band name. */
export type BandColours = ReadonlyMap<string, string>;

/** A band's name on its colour, as in the grid. */
export function BandChip({ name, colours }: { name: string; colours: BandColours }) {
  const colour = colours.get(name.toLowerCase()) ?? '#868e96';
  return (
    <span
      style={{
        background: colour,
        color: textOn(colour),
        borderRadius: 4,
        padding: '1px 6px',
        fontSize: 'var(--mantine-font-size-xs)',
        fontWeight: 600,
        whiteSpace: 'nowrap',
      }}
    >
      {name}
    </span>
  );
}

/** The colour lookup of a matrix's bands. */
export function bandColours(bands: ReadonlyArray<{ name: string; colour: string }>): BandColours {
  return new Map(bands.map((band) => [band.name.toLowerCase(), band.colour]));
}
