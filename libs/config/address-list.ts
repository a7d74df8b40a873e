import { BlockList, isIP } from 'node:net';

/**
 * A setting's comma-separated addresses and networks (`10.0.5.7, 10.1.0.0/16, ::1`) as Node's own
 * matcher. Throws naming the first entry that is not an address or a network.
 */
export function parseAddressList(setting: string, text: string): BlockList {
  const list = new BlockList();
  for (const entry of text.split(',').map((part) => part.trim()).filter(Boolean)) {
    const [address, bits, extra] = entry.split('/');
    const family = isIP(address);
    const prefix = bits === undefined ? undefined : Number(bits);
    const type = family === 6 ? 'ipv6' : 'ipv4';
    if (family === 0 || extra !== undefined || (prefix !== undefined && (!/^\d{1,3}$/.test(bits) || prefix > (family === 6 ? 128 : 32)))) {
      throw new Error(`${setting}: "${entry}" is not an IP address or network (10.0.0.0/8)`);
    }
    if (prefix === undefined) list.addAddress(address, type);
    else list.addSubnet(address, prefix, type);
  }
  return list;
}

/** Whether `ip` (as Express reports it: IPv4 clients on a dual-stack socket come as ::ffff:a.b.c.d) is in the list. */
export function addressListed(list: BlockList, ip: string | undefined): boolean {
  if (!ip) return false;
  const v4 = ip.startsWith('::ffff:') && isIP(ip.slice(7)) === 4 ? ip.slice(7) : ip;
  return list.check(v4, isIP(v4) === 6 ? 'ipv6' : 'ipv4');
}
