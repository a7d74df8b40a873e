import { Column, CreateDateColumn, Entity, JoinTable, ManyToMany, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn, type Relation } from 'typeorm';
import { Role } from '../access/role.entity.js';

/**
 * A clerk's post (radno mesto) in a unit, e.g. "head of the urban planning department". Roles
 * attach to positions, not to people: moving someone to another position changes what they may do.
 */
@Entity({ name: 'position' })
export class Position {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column() title: string;
  @Column('uuid') orgUnitId: string;
  /** The holder; a vacant post has none. */
  @Column({ type: 'uuid', nullable: true }) userId: string | null;
  @Column() active: boolean;
  @ManyToMany(() => Role)
  @JoinTable({ name: 'position_role', joinColumn: { name: 'position_id' }, inverseJoinColumn: { name: 'role_id' } })
  roles: Relation<Role[]>;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
  @VersionColumn() version: number;
}
