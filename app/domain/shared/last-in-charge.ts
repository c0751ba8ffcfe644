/**
 * Whether changing one member's role (or removing her: role null) would take away the last
 * person holding the role in charge (an organisation's coordinator, a funder's administrator),
 * leaving nobody able to invite or remove people.
 */
export function takesLastInCharge<Role extends string>(
  members: readonly { id: string; role: Role }[],
  change: { memberId: string; role: Role | null },
  inCharge: Role,
): boolean {
  const target = members.find((member) => member.id === change.memberId);
  if (target?.role !== inCharge || change.role === inCharge) return false;
  return !members.some((member) => member.id !== change.memberId && member.role === inCharge);
}
