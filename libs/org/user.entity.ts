import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

@Entity({ name: 'app_user' })
export class User {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column() username: string;
  @Column() fullName: string;
  @Column({ type: 'text', nullable: true }) email: string | null;
  /** argon2id; never leaves the service layer (see `publicUser`). */
  @Column({ select: false }) passwordHash: string;
  @Column() locale: string;
  @Column() disabled: boolean;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
  @VersionColumn() version: number;
}

export type PublicUser = Omit<User, 'passwordHash'>;

export function publicUser(user: User): PublicUser {
  const { passwordHash: _hidden, ...rest } = user;
  return rest;
}
