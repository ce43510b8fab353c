-- AlterEnum
ALTER TYPE "PublicationSource" ADD VALUE 'CONFIRMATION';

